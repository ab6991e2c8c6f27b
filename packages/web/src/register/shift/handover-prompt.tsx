import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { useFormat } from '../../shared/format/use-format';

export type HandoverPromptProps = {
  readonly open: boolean;
  /** When the handover was due (epoch ms). */
  readonly due: number;
  readonly timeZone: string;
  readonly onStart: () => void;
  readonly onLater: () => void;
};

/** 交班时间到: the set handover time has come; count the drawer now, or in 10 minutes. */
export function HandoverPrompt({ open, due, timeZone, onStart, onLater }: HandoverPromptProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Dialog open={open} onClose={onLater} title={t('register.handover.title')} testId="handover-prompt">
      <p data-testid="handover-due">{t('register.handover.due', { at: format.dateTime(due, timeZone) })}</p>
      <p className="muted">{t('register.handover.hint')}</p>
      <div className="dialog__actions">
        <Button onClick={onLater} data-testid="handover-later">
          {t('register.handover.later')}
        </Button>
        <Button variant="primary" onClick={onStart} data-testid="handover-start">
          {t('register.handover.start')}
        </Button>
      </div>
    </Dialog>
  );
}

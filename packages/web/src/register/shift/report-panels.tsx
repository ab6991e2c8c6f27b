import type { ShiftReport, ZReport } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { ShiftReportView } from './shift-report-view';

export type ShiftReportPanelProps = {
  readonly report: ShiftReport;
  readonly subtitle: string;
  readonly error: string | undefined;
  readonly busy: boolean;
  /** Offers the day's Z report: the shift is closed and the user may take one. */
  readonly onTakeZ: (() => void) | undefined;
  readonly onPrint: () => void;
  readonly onDone: () => void;
};

/** An X or close report on screen, with Print, the Z report after a close, and Done. */
export function ShiftReportPanel({
  report,
  subtitle,
  error,
  busy,
  onTakeZ,
  onPrint,
  onDone,
}: ShiftReportPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="printable">
      <ShiftReportView
        title={t(report.kind === 'x' ? 'register.shift.xTitle' : 'register.shift.closeTitle')}
        subtitle={subtitle}
        currency={report.currency}
        summary={report.summary}
        testId={report.kind === 'x' ? 'x-report' : 'close-report'}
      />
      {error && (
        <p className="form-error" role="alert" data-testid="shift-error">
          {error}
        </p>
      )}
      <div className="dialog__actions no-print">
        <Button onClick={onPrint} data-testid="shift-report-print">
          {t('register.receipt.print')}
        </Button>
        {onTakeZ && (
          <Button disabled={busy} onClick={onTakeZ} data-testid="take-z-report">
            {t('register.shift.takeZ')}
          </Button>
        )}
        <Button variant="primary" onClick={onDone} data-testid="shift-report-done">
          {t('register.shift.done')}
        </Button>
      </div>
    </div>
  );
}

export type ZReportPanelProps = {
  readonly report: ZReport;
  readonly onPrint: () => void;
  readonly onDone: () => void;
};

/** The day's Z report (日结) on screen, with Print and Done. */
export function ZReportPanel({ report, onPrint, onDone }: ZReportPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="printable">
      <ShiftReportView
        title={t('register.shift.zTitle', { n: report.zNo })}
        subtitle={t('register.shift.zSubtitle', {
          date: report.businessDate,
          n: report.shiftCount,
          name: report.takenByName,
        })}
        currency={report.currency}
        summary={report.summary}
        testId="z-report"
      />
      <div className="dialog__actions no-print">
        <Button onClick={onPrint} data-testid="z-report-print">
          {t('register.receipt.print')}
        </Button>
        <Button variant="primary" onClick={onDone} data-testid="z-report-done">
          {t('register.shift.done')}
        </Button>
      </div>
    </div>
  );
}

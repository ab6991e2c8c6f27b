import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';

export type ParkDialogProps = {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Parks with the note; resolves to an error message, or null when parked. */
  readonly onPark: (note: string) => Promise<string | null>;
};

/** 挂单: a note so the ticket is found again ("穿红衣服的阿姨"), then the register is free. */
export function ParkDialog({ open, onClose, onPark }: ParkDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('register.park.title')} testId="park-dialog">
      <ParkForm onPark={onPark} />
    </Dialog>
  );
}

function ParkForm({ onPark }: Pick<ParkDialogProps, 'onPark'>) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failure = await onPark(note.trim());
    setBusy(false);
    setError(failure);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('register.park.note')} hint={t('register.park.noteHint')}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={100}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            data-testid="park-note"
          />
        )}
      </Field>
      {error && (
        <p className="form-error" role="alert" data-testid="park-error">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <Button submit variant="primary" disabled={busy} data-testid="park-confirm">
          {t('register.park.confirm')}
        </Button>
      </div>
    </form>
  );
}

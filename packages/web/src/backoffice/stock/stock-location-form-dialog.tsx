import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { errorCode, errorMessage, fieldIssues } from '../../shared/errors/error-message';

/** What a new location is for; the sales floor comes with the store. */
type AddedKind = 'storage' | 'warehouse' | 'damaged';

export type StockLocationFormDialogProps = {
  /** 'add' asks what the location is for too. */
  readonly mode: 'add' | 'rename';
  readonly initialName?: string;
  readonly onSubmit: (input: { readonly name: string; readonly kind: AddedKind }) => Promise<void>;
  readonly onClose: () => void;
};

/** 新增库位 (name, use) or 重命名 (name): one small form; a name the store has is said on the field. */
export function StockLocationFormDialog({
  mode,
  initialName = '',
  onSubmit,
  onClose,
}: StockLocationFormDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<AddedKind>('storage');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = fieldIssues(error);
  const taken = errorCode(error) === 'stock_location_name_taken';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ name: name.trim(), kind });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t(mode === 'add' ? 'stock.locations.form.addTitle' : 'stock.locations.form.renameTitle')}
      testId="location-form"
    >
      <form onSubmit={submit} noValidate>
        <Field
          label={t('stock.locations.form.name')}
          error={
            taken ? errorMessage(t, error) : issues.name ? t('stock.locations.form.nameInvalid') : undefined
          }
        >
          {(control) => (
            <input
              {...control}
              value={name}
              maxLength={40}
              onChange={(e) => setName(e.target.value)}
              data-testid="location-form-name"
            />
          )}
        </Field>
        {mode === 'add' && (
          <Field label={t('stock.locations.form.kind')}>
            {(control) => (
              <select
                {...control}
                value={kind}
                onChange={(e) => setKind(e.target.value as AddedKind)}
                data-testid="location-form-kind"
              >
                <option value="storage">{t('stock.locations.kinds.storage')}</option>
                <option value="warehouse">{t('stock.locations.kinds.warehouse')}</option>
                <option value="damaged">{t('stock.locations.kinds.damaged')}</option>
              </select>
            )}
          </Field>
        )}
        {error !== null && !taken && Object.keys(issues).length === 0 && (
          <p className="form-error" role="alert" data-testid="location-form-error">
            {errorMessage(t, error)}
          </p>
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button submit variant="primary" disabled={busy || !name.trim()} data-testid="location-form-submit">
            {t(mode === 'add' ? 'stock.locations.form.add' : 'common.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { errorMessage } from '../../shared/errors/error-message';

export type OfflineLimitProps = {
  readonly storeId: string;
  readonly hours: number;
  /** Only the owner changes store settings (`settings.manage`). */
  readonly canEdit: boolean;
  readonly onSaved: () => void;
};

/** 离线提醒: after how many hours offline a register alerts the owner (a store setting, 24 by default). */
export function OfflineLimit({ storeId, hours, canEdit, onSaved }: OfflineLimitProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const value = Number(draft);
  const valid = draft !== null && /^\d{1,3}$/.test(draft) && value >= 1 && value <= 720;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    try {
      await api.call('updateStore', { params: { storeId }, body: { registerOfflineAlertHours: value } });
      setDraft(null);
      setError(null);
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  }

  if (draft === null) {
    return (
      <p className="offline-limit" data-testid="offline-limit">
        <span data-testid="offline-limit-text">{t('devices.limit.text', { hours })}</span>
        {canEdit && (
          <Button variant="ghost" onClick={() => setDraft(String(hours))} data-testid="offline-limit-edit">
            {t('devices.limit.edit')}
          </Button>
        )}
      </p>
    );
  }
  return (
    <form className="offline-limit" onSubmit={save} noValidate data-testid="offline-limit">
      <label>
        {t('devices.limit.label')}{' '}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={720}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={!valid}
          data-testid="offline-limit-input"
        />
      </label>
      <Button submit variant="primary" disabled={!valid} data-testid="offline-limit-save">
        {t('common.save')}
      </Button>
      <Button variant="ghost" onClick={() => setDraft(null)}>
        {t('common.cancel')}
      </Button>
      {!valid && <span className="field__error">{t('devices.limit.invalid')}</span>}
      {error !== null && (
        <span className="form-error" role="alert">
          {errorMessage(t, error)}
        </span>
      )}
    </form>
  );
}

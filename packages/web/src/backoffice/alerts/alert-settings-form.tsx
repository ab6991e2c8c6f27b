import { type AlertSettings, type Store, SWITCHABLE_ALERT_KINDS } from '@kassa/api';
import { formatDecimal, parseMoney } from '@kassa/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage, fieldIssues } from '../../shared/errors/error-message';

type Draft = {
  readonly enabled: AlertSettings['enabled'];
  readonly registerOfflineAlertHours: string;
  readonly cashVarianceThreshold: string;
  readonly unusualSensitivity: string;
  readonly unusualMinCount: string;
};

const NUMBERS = [
  'registerOfflineAlertHours',
  'cashVarianceThreshold',
  'unusualSensitivity',
  'unusualMinCount',
] as const;

/** What watches the staff themselves: only the owner changes it (the server refuses others). */
const OWNER_ONLY: ReadonlySet<string> = new Set([
  'cash_variance',
  'unusual_refunds',
  'unusual_voids',
  'unusual_no_sales',
  'cashVarianceThreshold',
  'unusualSensitivity',
  'unusualMinCount',
]);

function toDraft(settings: AlertSettings, currency: string): Draft {
  return {
    enabled: settings.enabled,
    registerOfflineAlertHours: String(settings.registerOfflineAlertHours),
    cashVarianceThreshold: formatDecimal(settings.cashVarianceThreshold, currency),
    unusualSensitivity: String(settings.unusualSensitivity),
    unusualMinCount: String(settings.unusualMinCount),
  };
}

/** The draft as the API takes it, or the fields that are not numbers (the server checks the ranges). */
function toBody(draft: Draft, currency: string) {
  const money = parseMoney(draft.cashVarianceThreshold, currency);
  const body = {
    enabled: draft.enabled,
    registerOfflineAlertHours: Number(draft.registerOfflineAlertHours),
    cashVarianceThreshold: money.ok ? money.value.amount : Number.NaN,
    unusualSensitivity: Number(draft.unusualSensitivity),
    unusualMinCount: Number(draft.unusualMinCount),
  };
  const invalid = NUMBERS.filter((field) => !Number.isFinite(body[field]) || draft[field].trim() === '');
  return { body, invalid };
}

/** 提醒设置: which alerts the store raises and their thresholds (owners and managers). */
export function AlertSettingsForm({ store, isOwner }: { readonly store: Store; readonly isOwner: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<(typeof NUMBERS)[number], string>>>({});
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    api
      .call('getAlertSettings', { params: { storeId: store.id } })
      .then((settings) => setDraft(toDraft(settings, store.currency)), setLoadError);
  }, [store.id, store.currency]);

  if (loadError !== null) return <p className="form-error">{errorMessage(t, loadError)}</p>;
  if (!draft) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const { body, invalid } = toBody(draft, store.currency);
    setErrors(Object.fromEntries(invalid.map((field) => [field, t('reports.alerts.settings.invalid')])));
    if (invalid.length > 0) return;
    setBusy(true);
    try {
      const saved = await api.call('updateAlertSettings', { params: { storeId: store.id }, body });
      setDraft(toDraft(saved, store.currency));
      toast(t('reports.alerts.settings.saved'), 'success');
    } catch (error) {
      const issues = fieldIssues(error);
      setErrors(
        Object.fromEntries(
          NUMBERS.filter((field) => issues[field]).map((field) => [
            field,
            `${t('reports.alerts.settings.invalid')}: ${issues[field]?.message ?? ''}`,
          ]),
        ),
      );
      if (Object.keys(issues).length === 0) toast(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  }

  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  return (
    <form className="bo-form alert-settings" onSubmit={submit} noValidate data-testid="alert-settings">
      <h2>{t('reports.alerts.settings.title')}</h2>
      <p className="muted">{t('reports.alerts.settings.intro')}</p>
      {!isOwner && <p className="muted">{t('reports.alerts.settings.ownerOnly')}</p>}
      <fieldset className="alert-settings__kinds">
        <legend className="visually-hidden">{t('reports.alerts.settings.title')}</legend>
        {SWITCHABLE_ALERT_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={draft.enabled[kind]}
              disabled={!isOwner && OWNER_ONLY.has(kind)}
              onChange={(e) => set({ enabled: { ...draft.enabled, [kind]: e.target.checked } })}
              data-testid={`alert-setting-${kind}`}
            />{' '}
            {t(`reports.alerts.settings.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {NUMBERS.map((field) => (
        <Field
          key={field}
          label={t(`reports.alerts.settings.${field}`)}
          error={errors[field]}
          testId={`alert-setting-${field}`}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              value={draft[field]}
              disabled={!isOwner && OWNER_ONLY.has(field)}
              onChange={(e) => set({ [field]: e.target.value })}
              data-testid={`alert-setting-${field}`}
            />
          )}
        </Field>
      ))}
      <Button variant="primary" submit disabled={busy} data-testid="alert-settings-save">
        {busy ? t('common.saving') : t('common.save')}
      </Button>
    </form>
  );
}

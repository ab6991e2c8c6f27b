import type { Supplier } from '@kassa/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { errorCode, errorMessage, fieldIssues } from '../../shared/errors/error-message';

/** The supplier's details as typed. */
type SupplierDraft = {
  readonly name: string;
  readonly contact: string;
  readonly phone: string;
  readonly email: string;
  readonly leadTimeDays: string;
  readonly note: string;
  readonly active: boolean;
};

type TextKey = Exclude<keyof SupplierDraft, 'active'>;

/** What the form sets of a supplier, read from what was typed. */
export type SupplierFields = Pick<
  Supplier,
  'name' | 'contact' | 'phone' | 'email' | 'leadTimeDays' | 'note' | 'active'
>;

export type SupplierFormProps = {
  /** null: a new supplier. */
  readonly supplier: Supplier | null;
  readonly canManage: boolean;
  /** Saves what changed (everything for a new one); a failure is shown on its field. */
  readonly onSubmit: (changes: Partial<SupplierFields>) => Promise<void>;
};

function draftOf(supplier: Supplier | null): SupplierDraft {
  return {
    name: supplier?.name ?? '',
    contact: supplier?.contact ?? '',
    phone: supplier?.phone ?? '',
    email: supplier?.email ?? '',
    leadTimeDays: String(supplier?.leadTimeDays ?? 1),
    note: supplier?.note ?? '',
    active: supplier?.active ?? true,
  };
}

const LEAD_TIME = /^\d{1,3}$/;

/**
 * 供应商资料: name, contact, phone, e-mail, lead time in days, note, and (once saved) whether the
 * merchant still buys from it. A name another supplier has is said under the name.
 */
export function SupplierForm({ supplier, canManage, onSubmit }: SupplierFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(supplier));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const issues = fieldIssues(failure);
  const taken = errorCode(failure) === 'supplier_name_taken';
  const leadTime = Number(draft.leadTimeDays);
  const leadTimeOk = LEAD_TIME.test(draft.leadTimeDays.trim()) && leadTime <= 365;
  const fields: SupplierFields = {
    name: draft.name.trim(),
    contact: draft.contact.trim(),
    phone: draft.phone.trim(),
    email: draft.email.trim(),
    leadTimeDays: leadTime,
    note: draft.note.trim(),
    active: draft.active,
  };
  const changes: Partial<SupplierFields> =
    supplier === null
      ? fields
      : Object.fromEntries(
          Object.entries(fields).filter(([key, value]) => value !== supplier[key as keyof SupplierFields]),
        );
  const valid = fields.name !== '' && leadTimeOk && Object.keys(changes).length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(changes);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const set = <K extends keyof SupplierDraft>(key: K, value: SupplierDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const fieldError = (key: TextKey) => (issues[key] ? t(`purchasing.supplier.invalid.${key}`) : undefined);
  const text = (key: TextKey, maxLength: number, extra: { inputMode?: 'tel' | 'email' | 'numeric' } = {}) => (
    <Field label={t(`purchasing.supplier.${key}`)} error={fieldError(key)} testId={`supplier-${key}`}>
      {(control) => (
        <input
          {...control}
          value={draft[key]}
          maxLength={maxLength}
          inputMode={extra.inputMode}
          readOnly={!canManage}
          onChange={(e) => set(key, e.target.value)}
          data-testid={`supplier-${key}-input`}
        />
      )}
    </Field>
  );

  return (
    <form className="bo-form" onSubmit={submit} noValidate data-testid="supplier-form">
      <Field
        label={t('purchasing.supplier.name')}
        error={taken ? errorMessage(t, failure) : fieldError('name')}
        testId="supplier-name"
      >
        {(control) => (
          <input
            {...control}
            value={draft.name}
            maxLength={60}
            readOnly={!canManage}
            onChange={(e) => set('name', e.target.value)}
            data-testid="supplier-name-input"
          />
        )}
      </Field>
      <div className="form-row">
        {text('contact', 40)}
        {text('phone', 30, { inputMode: 'tel' })}
      </div>
      <div className="form-row">
        {text('email', 120, { inputMode: 'email' })}
        <Field
          label={t('purchasing.supplier.leadTimeDays')}
          error={leadTimeOk ? fieldError('leadTimeDays') : t('purchasing.supplier.invalid.leadTimeDays')}
          testId="supplier-leadTimeDays"
        >
          {(control) => (
            <input
              {...control}
              value={draft.leadTimeDays}
              inputMode="numeric"
              readOnly={!canManage}
              onChange={(e) => set('leadTimeDays', e.target.value)}
              data-testid="supplier-leadTimeDays-input"
            />
          )}
        </Field>
      </div>
      <Field label={t('purchasing.supplier.note')} error={fieldError('note')}>
        {(control) => (
          <textarea
            {...control}
            value={draft.note}
            maxLength={500}
            rows={2}
            readOnly={!canManage}
            onChange={(e) => set('note', e.target.value)}
            data-testid="supplier-note-input"
          />
        )}
      </Field>
      {supplier !== null && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.active}
            disabled={!canManage}
            onChange={(e) => set('active', e.target.checked)}
            data-testid="supplier-active"
          />
          {t('purchasing.supplier.active')}
        </label>
      )}
      {failure !== null && !taken && Object.keys(issues).length === 0 && (
        <p className="form-error" role="alert" data-testid="supplier-form-error">
          {errorMessage(t, failure)}
        </p>
      )}
      {canManage && (
        <Button submit variant="primary" disabled={!valid || busy} data-testid="supplier-save">
          {supplier === null ? t('purchasing.supplier.create') : t('common.save')}
        </Button>
      )}
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { Field } from '../../shared/components/field';
import type { DiscountDraft } from './parse-discount';

export type DiscountFieldsProps = {
  readonly draft: DiscountDraft;
  readonly onChange: (draft: DiscountDraft) => void;
  readonly error: string | undefined;
  /** Prefix of the test ids: `<testId>-percent`, `-amount`, `-input`, `-error`. */
  readonly testId: string;
};

/** A discount as percent off or an amount off, typed. */
export function DiscountFields({ draft, onChange, error, testId }: DiscountFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="discount-fields">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('register.discount.kind')}</legend>
        {(['percent', 'amount'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn btn--secondary"
            aria-pressed={draft.kind === kind}
            onClick={() => onChange({ kind, text: '' })}
            data-testid={`${testId}-${kind}`}
          >
            {t(`register.discount.${kind}`)}
          </button>
        ))}
      </fieldset>
      <Field
        label={
          draft.kind === 'percent' ? t('register.discount.percentLabel') : t('register.discount.amountLabel')
        }
        hint={t('register.discount.hint')}
        error={error}
        testId={testId}
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            autoComplete="off"
            value={draft.text}
            onChange={(e) => onChange({ ...draft, text: e.target.value })}
            data-testid={`${testId}-input`}
          />
        )}
      </Field>
    </div>
  );
}

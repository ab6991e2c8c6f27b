import { Field } from '../../shared/components/field';

export type TenderAmountFieldProps = {
  readonly label: string;
  readonly error: string | undefined;
  /** `pay-card`: the field is `pay-card-amount`, its input `pay-card-amount-input`. */
  readonly testId: string;
  readonly disabled: boolean;
  readonly value: string;
  readonly onChange: (value: string) => void;
};

/** The amount a non-cash tender takes, as the cashier types it (prefilled with what is still due). */
export function TenderAmountField({
  label,
  error,
  testId,
  disabled,
  value,
  onChange,
}: TenderAmountFieldProps) {
  return (
    <Field label={label} error={error} testId={`${testId}-amount`}>
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          autoComplete="off"
          disabled={disabled}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={`${testId}-amount-input`}
        />
      )}
    </Field>
  );
}

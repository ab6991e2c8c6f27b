import type { Unit } from '@kassa/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../shared/components/field';

export type QuantityFieldProps = {
  readonly unit: Unit;
  /** The text as typed: '2', '0.35'. */
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Why the text does not do, in words; nothing while it does. */
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly placeholder?: string;
  /** The label; "quantity (pieces)" or "weight (kg)" by the unit otherwise. */
  readonly label?: string;
  readonly testId: string;
};

/** A quantity of one line of a stock document, typed with the phone's decimal keypad. */
export function QuantityField({
  unit,
  value,
  onChange,
  error,
  hint,
  placeholder,
  label,
  testId,
}: QuantityFieldProps) {
  const { t } = useTranslation();
  return (
    <Field
      label={label ?? t(`stock.adjust.quantity.${unit}`)}
      error={error}
      hint={hint}
      className="adjust-line__quantity"
    >
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

import type { Unit } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { Field } from '../../shared/components/field';

export type UnitCostFieldProps = {
  readonly unit: Unit;
  /** The cost as typed, in money text. */
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Whether the text does not read as a cost. */
  readonly invalid: boolean;
  readonly testId: string;
};

/** What one piece (or one kilogram) of a line's goods cost, typed with the decimal keypad. */
export function UnitCostField({ unit, value, onChange, invalid, testId }: UnitCostFieldProps) {
  const { t } = useTranslation();
  return (
    <Field
      label={t(`stock.receive.unitCost.${unit}`)}
      error={invalid ? t('stock.receive.unitCost.invalid') : undefined}
      className="adjust-line__quantity"
    >
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

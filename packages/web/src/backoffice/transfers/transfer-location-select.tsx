import type { Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Field } from '../../shared/components/field';
import type { PlacedLocation } from '../stock/use-locations';

export type TransferLocationSelectProps = {
  readonly label: string;
  /** The chosen location's id; '' for none yet. */
  readonly value: string;
  readonly onChange: (locationId: string) => void;
  readonly stores: readonly Store[];
  readonly locations: ReadonlyMap<string, PlacedLocation> | null;
  readonly error?: string | undefined;
  readonly testId: string;
};

/** One end of a transfer: a location in use of any store the user sees, grouped by store. */
export function TransferLocationSelect({
  label,
  value,
  onChange,
  stores,
  locations,
  error,
  testId,
}: TransferLocationSelectProps) {
  const { t } = useTranslation();
  const open = [...(locations?.values() ?? [])].filter((placed) => placed.location.active);
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          <option value="">{t('transfers.form.choose')}</option>
          {stores.map((store) => (
            <optgroup key={store.id} label={store.name}>
              {open
                .filter((placed) => placed.store.id === store.id)
                .map(({ location }) => (
                  <option key={location.id} value={location.id}>
                    {location.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

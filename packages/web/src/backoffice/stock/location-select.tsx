import type { StockLocation } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Field } from '../../shared/components/field';
import { errorMessage } from '../../shared/errors/error-message';

export type LocationSelectProps = {
  readonly storeId: string;
  /** The chosen location's id; '' until the list is loaded, then the sales floor (listed first). */
  readonly value: string;
  readonly onChange: (locationId: string) => void;
  readonly onError: (message: string) => void;
  readonly testId: string;
};

/** Where a stock document books: the store's locations in use, the sales floor chosen at first. */
export function LocationSelect({ storeId, value, onChange, onError, testId }: LocationSelectProps) {
  const { t } = useTranslation();
  const [locations, setLocations] = useState<readonly StockLocation[]>([]);
  useEffect(() => {
    api
      .call('listStockLocations', { params: { storeId } })
      .then((list) => setLocations(list.items.filter((location) => location.active)))
      .catch((failure: unknown) => onError(errorMessage(t, failure)));
  }, [storeId, t, onError]);
  const first = locations[0]?.id;
  useEffect(() => {
    if (value === '' && first !== undefined) onChange(first);
  }, [value, first, onChange]);
  return (
    <Field label={t('stock.adjust.location')}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

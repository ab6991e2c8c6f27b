import type { Category, StockCount, Store } from '@kassa/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { errorMessage } from '../../shared/errors/error-message';
import { newId } from '../../shared/new-id';
import { LocationSelect } from '../stock/location-select';

export type CountStartDialogProps = {
  readonly store: Store;
  readonly categories: readonly Category[];
  readonly onStarted: (count: StockCount) => void;
  readonly onClose: () => void;
};

/**
 * 新建盘点: which location, all of it or one category, blind (the default: counters do not see what
 * the system expects) or not, and a note. Started once: the id is made when the dialog opens.
 */
export function CountStartDialog({ store, categories, onStarted, onClose }: CountStartDialogProps) {
  const { t } = useTranslation();
  const [locationId, setLocationId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [blind, setBlind] = useState(true);
  const [note, setNote] = useState('');
  const [id] = useState(newId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || locationId === '') return;
    setBusy(true);
    setError(null);
    try {
      onStarted(
        await api.call('startStockCount', {
          params: { storeId: store.id },
          body: { id, locationId, categoryId: categoryId || null, blind, note: note.trim() },
        }),
      );
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} title={t('counts.start.title')} testId="count-start">
      <form onSubmit={submit} noValidate>
        <LocationSelect
          storeId={store.id}
          value={locationId}
          onChange={setLocationId}
          onError={setError}
          testId="count-start-location"
        />
        <Field label={t('counts.start.category')}>
          {(control) => (
            <select
              {...control}
              value={categoryId}
              onChange={(e) => setCategoryId(e.target.value)}
              data-testid="count-start-category"
            >
              <option value="">{t('counts.wholeLocation')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={blind}
            onChange={(e) => setBlind(e.target.checked)}
            data-testid="count-start-blind"
          />
          {t('counts.start.blind')}
        </label>
        <Field label={t('counts.note')}>
          {(control) => (
            <input
              {...control}
              value={note}
              maxLength={200}
              onChange={(e) => setNote(e.target.value)}
              data-testid="count-start-note"
            />
          )}
        </Field>
        {error !== null && (
          <p className="form-error" role="alert" data-testid="count-start-error">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            submit
            variant="primary"
            disabled={busy || locationId === ''}
            data-testid="count-start-submit"
          >
            {t('counts.start.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

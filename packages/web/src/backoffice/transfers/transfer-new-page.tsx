import type { Me, Product, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { Link } from '../../shared/components/link';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { newId } from '../../shared/new-id';
import { navigate } from '../../use-route';
import { GoodsSearch } from '../stock/goods-search';
import { QuantityField } from '../stock/quantity-field';
import { addToText, readQuantity, thousandthsText } from '../stock/quantity-text';
import { StockTabs } from '../stock/stock-tabs';
import { useLocations } from '../stock/use-locations';
import { TransferLocationSelect } from './transfer-location-select';
import '../stock/stock.css';
import './transfers.css';

type Line = { readonly product: Product; readonly text: string };

export type TransferNewPageProps = {
  readonly store: Store;
  readonly stores: readonly Store[];
  readonly me: Me;
};

/**
 * `/backoffice/stock/transfers/new`, 新建调拨: where the goods come from and go to (any location of
 * the stores the user sees; this store's sales floor to start with), the goods scanned or searched
 * (a scan adds one) and how many of each. The request is never made twice: its id is made once per
 * form, so sending again after a lost answer gets the first transfer back.
 */
export function TransferNewPage({ store, stores, me }: TransferNewPageProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { locations, error: loadError } = useLocations(stores);
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const [lines, setLines] = useState<readonly Line[]>([]);
  const [note, setNote] = useState('');
  const [requestId] = useState(newId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const floor = [...(locations?.values() ?? [])].find(
    (placed) => placed.store.id === store.id && placed.location.kind === 'sales_floor',
  );
  useEffect(() => {
    if (floor) setToId((current) => current || floor.location.id);
  }, [floor]);

  const add = (product: Product, quantity: number) => {
    setError(null);
    setLines((current) =>
      current.some((line) => line.product.id === product.id)
        ? current.map((line) =>
            line.product.id === product.id ? { ...line, text: addToText(line.text, quantity) } : line,
          )
        : [...current, { product, text: thousandthsText(quantity) }],
    );
  };
  const quantities = lines.map((line) => readQuantity(line.text));
  const same = fromId !== '' && fromId === toId;
  const valid =
    fromId !== '' && toId !== '' && !same && lines.length > 0 && quantities.every((q) => q !== null && q > 0);

  async function submit() {
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    try {
      const transfer = await api.call('requestStockTransfer', {
        body: {
          id: requestId,
          fromLocationId: fromId,
          toLocationId: toId,
          note: note.trim(),
          lines: lines.map((line, i) => ({ productId: line.product.id, quantity: quantities[i] ?? 0 })),
        },
      });
      toast(t('transfers.form.done'), 'success');
      navigate(`/backoffice/stock/transfers/${transfer.id}`, { replace: true });
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <section className="bo-page" data-testid="transfer-new-page">
      <header className="bo-page__header">
        <h1>{t('transfers.new')}</h1>
        <Link href="/backoffice/stock/transfers">{t('common.back')}</Link>
      </header>
      <StockTabs current="transfers" me={me} />
      {loadError !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, loadError)}
        </p>
      )}
      <div className="transfer-ends-form">
        <TransferLocationSelect
          label={t('transfers.form.from')}
          value={fromId}
          onChange={setFromId}
          stores={stores}
          locations={locations}
          testId="transfer-from"
        />
        <TransferLocationSelect
          label={t('transfers.form.to')}
          value={toId}
          onChange={setToId}
          stores={stores}
          locations={locations}
          error={same ? t('transfers.form.sameLocation') : undefined}
          testId="transfer-to"
        />
      </div>

      <GoodsSearch store={store} onPick={add} onError={setError} />
      {lines.length === 0 ? (
        <p className="muted">{t('stock.adjust.empty')}</p>
      ) : (
        <ul className="adjust-lines" data-testid="transfer-new-lines">
          {lines.map((line, i) => {
            const quantity = quantities[i] ?? null;
            return (
              <li key={line.product.id} className="adjust-line" data-testid="transfer-new-line">
                <span>
                  <strong>{line.product.name}</strong> <span className="muted">{line.product.sku}</span>
                </span>
                <QuantityField
                  unit={line.product.unit}
                  value={line.text}
                  error={quantity === null || quantity <= 0 ? t('stock.adjust.quantity.invalid') : undefined}
                  onChange={(text) =>
                    setLines((current) =>
                      current.map((l) => (l.product.id === line.product.id ? { ...l, text } : l)),
                    )
                  }
                  testId="transfer-new-quantity"
                />
                <Button
                  onClick={() =>
                    setLines((current) => current.filter((l) => l.product.id !== line.product.id))
                  }
                  data-testid="transfer-new-remove"
                >
                  {t('stock.adjust.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Field label={t('transfers.note')}>
        {(control) => (
          <input
            {...control}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            data-testid="transfer-note"
          />
        )}
      </Field>
      {error !== null && (
        <p className="form-error" role="alert" data-testid="transfer-new-error">
          {error}
        </p>
      )}
      <div>
        <Button
          variant="primary"
          disabled={!valid || busy}
          onClick={() => void submit()}
          data-testid="transfer-submit"
        >
          {t('transfers.form.submit')}
        </Button>
      </div>
    </section>
  );
}

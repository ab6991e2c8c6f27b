import type { Me, Product, Store } from '@kassa/api';
import { Quantity } from '@kassa/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { newId } from '../../shared/new-id';
import { GoodsSearch } from './goods-search';
import { LocationSelect } from './location-select';
import { QuantityField } from './quantity-field';
import { StockTabs } from './stock-tabs';
import './stock.css';

/** What the clerk is booking: goods gone (报损), more found than the books say (盘盈), or fewer (盘亏). */
type Direction = 'write_off' | 'found' | 'missing';
const DIRECTIONS: readonly Direction[] = ['write_off', 'found', 'missing'];
const REASONS = ['damaged', 'expired', 'lost', 'count'] as const;

type Line = { readonly product: Product; readonly text: string };

/**
 * `/backoffice/stock/adjust`, 报损与调整: the clerk picks a location and what happened, scans or
 * searches the goods, types how many of each, gives the reason and books it in one go; the same
 * request is never booked twice (its id is made here, once per form).
 */
export function StockAdjustPage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [locationId, setLocationId] = useState('');
  const [direction, setDirection] = useState<Direction>('write_off');
  const [lines, setLines] = useState<readonly Line[]>([]);
  const [reason, setReason] = useState('');
  const [requestId, setRequestId] = useState(newId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = (product: Product, quantity: number) => {
    setError(null);
    setLines((current) =>
      current.some((line) => line.product.id === product.id)
        ? current
        : // Plain decimal text, as it is typed: 1000 → '1', 350 → '0.35'.
          [...current, { product, text: String(quantity / Quantity.ONE) }],
    );
  };

  const parsed = lines.map((line) => Quantity.parse(line.text));
  const valid = lines.length > 0 && parsed.every((p) => p.ok && p.value > 0) && reason.trim() !== '';

  async function submit() {
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('adjustStock', {
        params: { storeId: store.id },
        body: {
          id: requestId,
          locationId,
          kind: direction === 'write_off' ? 'write_off' : 'correction',
          reason: reason.trim(),
          lines: lines.map((line, index) => {
            const result = parsed[index];
            const quantity = result?.ok ? result.value : 0;
            return { productId: line.product.id, quantity: direction === 'missing' ? -quantity : quantity };
          }),
        },
      });
      toast(t(`stock.adjust.done.${direction}`, { n: lines.length }), 'success');
      setLines([]);
      setReason('');
      setRequestId(newId());
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="bo-page" data-testid="stock-adjust-page">
      <header className="bo-page__header">
        <h1>{t('stock.adjust.title')}</h1>
      </header>
      <StockTabs current="adjust" me={me} />
      <div className="adjust-head">
        <LocationSelect
          storeId={store.id}
          value={locationId}
          onChange={setLocationId}
          onError={setError}
          testId="adjust-location"
        />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('stock.adjust.direction')}</legend>
          {DIRECTIONS.map((d) => (
            <button
              key={d}
              type="button"
              className="btn btn--secondary"
              aria-pressed={direction === d}
              onClick={() => setDirection(d)}
              data-testid={`adjust-direction-${d}`}
            >
              {t(`stock.adjust.directions.${d}`)}
            </button>
          ))}
        </fieldset>
      </div>

      <GoodsSearch store={store} onPick={add} onError={setError} />

      {lines.length === 0 ? (
        <p className="muted">{t('stock.adjust.empty')}</p>
      ) : (
        <ul className="adjust-lines" data-testid="adjust-lines">
          {lines.map((line, index) => {
            const result = parsed[index];
            const bad = !result?.ok || result.value <= 0;
            return (
              <li key={line.product.id} className="adjust-line" data-testid="adjust-line">
                <span>
                  <strong>{line.product.name}</strong> <span className="muted">{line.product.sku}</span>
                </span>
                <QuantityField
                  unit={line.product.unit}
                  value={line.text}
                  error={bad ? t('stock.adjust.quantity.invalid') : undefined}
                  onChange={(text) =>
                    setLines((current) =>
                      current.map((l) => (l.product.id === line.product.id ? { ...l, text } : l)),
                    )
                  }
                  testId="adjust-line-quantity"
                />
                <Button
                  onClick={() =>
                    setLines((current) => current.filter((l) => l.product.id !== line.product.id))
                  }
                  data-testid="adjust-line-remove"
                >
                  {t('stock.adjust.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}

      <Field label={t('stock.adjust.reason')}>
        {(control) => (
          <input
            {...control}
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
            data-testid="adjust-reason"
          />
        )}
      </Field>
      <div className="adjust-reasons">
        {REASONS.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            aria-pressed={reason === t(`stock.adjust.reasons.${r}`)}
            onClick={() => setReason(t(`stock.adjust.reasons.${r}`))}
            data-testid={`adjust-reason-${r}`}
          >
            {t(`stock.adjust.reasons.${r}`)}
          </button>
        ))}
      </div>
      {error !== null && (
        <p className="form-error" role="alert" data-testid="adjust-error">
          {error}
        </p>
      )}
      <div>
        <Button
          variant="primary"
          disabled={!valid || busy}
          onClick={() => void submit()}
          data-testid="adjust-submit"
        >
          {t(`stock.adjust.submit.${direction}`)}
        </Button>
      </div>
    </section>
  );
}

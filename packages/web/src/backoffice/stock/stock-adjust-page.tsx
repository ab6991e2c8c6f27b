import type { Me, Product, Store } from '@kassa/api';
import { Quantity } from '@kassa/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { TextField } from '../../shared/components/text-field';
import { useToast } from '../../shared/components/use-toast';
import { BookButton } from './book-button';
import { DocumentError } from './document-error';
import { type DocumentLine, DocumentLines, type DocumentLineTestIds } from './document-lines';
import { GoodsSearch } from './goods-search';
import { LocationSelect } from './location-select';
import { StockTabs } from './stock-tabs';
import { useDocumentSubmit } from './use-document-submit';
import './stock.css';

/** What the clerk is booking: goods gone (报损), more found than the books say (盘盈), or fewer (盘亏). */
type Direction = 'write_off' | 'found' | 'missing';
const DIRECTIONS: readonly Direction[] = ['write_off', 'found', 'missing'];
const REASONS = ['damaged', 'expired', 'lost', 'count'] as const;
const LINE_TEST_IDS: DocumentLineTestIds = {
  list: 'adjust-lines',
  line: 'adjust-line',
  quantity: 'adjust-line-quantity',
  remove: 'adjust-line-remove',
};

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
  const [lines, setLines] = useState<readonly DocumentLine[]>([]);
  const [reason, setReason] = useState('');
  const { busy, failure, fail, submit } = useDocumentSubmit();

  const add = (product: Product, quantity: number) => {
    fail(null);
    setLines((current) =>
      current.some((line) => line.product.id === product.id)
        ? current
        : // Plain decimal text, as it is typed: 1000 → '1', 350 → '0.35'.
          [...current, { product, text: String(quantity / Quantity.ONE) }],
    );
  };

  const parsed = lines.map((line) => Quantity.parse(line.text));
  const isBad = (index: number) => {
    const result = parsed[index];
    return !result?.ok || result.value <= 0;
  };
  const valid = lines.length > 0 && lines.every((_, index) => !isBad(index)) && reason.trim() !== '';

  const book = () => {
    if (!valid) return;
    submit(
      (requestId) =>
        api.call('adjustStock', {
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
        }),
      () => {
        toast(t(`stock.adjust.done.${direction}`, { n: lines.length }), 'success');
        setLines([]);
        setReason('');
      },
    );
  };

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
          onError={fail}
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

      <GoodsSearch store={store} onPick={add} onError={fail} />

      <DocumentLines lines={lines} onLinesChange={setLines} isBad={isBad} testIds={LINE_TEST_IDS} />

      <TextField
        label={t('stock.adjust.reason')}
        value={reason}
        onChange={setReason}
        maxLength={200}
        testId="adjust-reason"
      />
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
      <DocumentError failure={failure} testId="adjust-error" />
      <BookButton
        label={t(`stock.adjust.submit.${direction}`)}
        disabled={!valid || busy}
        onBook={book}
        testId="adjust-submit"
      />
    </section>
  );
}

import type { Me, Product, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { TextField } from '../../shared/components/text-field';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { navigate } from '../../use-route';
import { BookButton } from '../stock/book-button';
import { DocumentError } from '../stock/document-error';
import { type DocumentLine, DocumentLines, type DocumentLineTestIds } from '../stock/document-lines';
import { GoodsSearch } from '../stock/goods-search';
import { addToText, readQuantity, thousandthsText } from '../stock/quantity-text';
import { StockTabs } from '../stock/stock-tabs';
import { useDocumentSubmit } from '../stock/use-document-submit';
import { useLocations } from '../stock/use-locations';
import { TransferLocationSelect } from './transfer-location-select';
import '../stock/stock.css';
import './transfers.css';

const LINE_TEST_IDS: DocumentLineTestIds = {
  list: 'transfer-new-lines',
  line: 'transfer-new-line',
  quantity: 'transfer-new-quantity',
  remove: 'transfer-new-remove',
};

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
  const [lines, setLines] = useState<readonly DocumentLine[]>([]);
  const [note, setNote] = useState('');
  const { busy, failure, fail, submit } = useDocumentSubmit();

  const floor = [...(locations?.values() ?? [])].find(
    (placed) => placed.store.id === store.id && placed.location.kind === 'sales_floor',
  );
  useEffect(() => {
    if (floor) setToId((current) => current || floor.location.id);
  }, [floor]);

  const add = (product: Product, quantity: number) => {
    fail(null);
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

  const book = () => {
    if (!valid) return;
    submit(
      (requestId) =>
        api.call('requestStockTransfer', {
          body: {
            id: requestId,
            fromLocationId: fromId,
            toLocationId: toId,
            note: note.trim(),
            lines: lines.map((line, i) => ({ productId: line.product.id, quantity: quantities[i] ?? 0 })),
          },
        }),
      (transfer) => {
        toast(t('transfers.form.done'), 'success');
        navigate(`/backoffice/stock/transfers/${transfer.id}`, { replace: true });
      },
    );
  };
  const isBad = (i: number) => {
    const quantity = quantities[i] ?? null;
    return quantity === null || quantity <= 0;
  };

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

      <GoodsSearch store={store} onPick={add} onError={fail} />
      <DocumentLines lines={lines} onLinesChange={setLines} isBad={isBad} testIds={LINE_TEST_IDS} />
      <TextField
        label={t('transfers.note')}
        value={note}
        onChange={setNote}
        maxLength={500}
        testId="transfer-note"
      />
      <DocumentError failure={failure} testId="transfer-new-error" />
      <BookButton
        label={t('transfers.form.submit')}
        disabled={!valid || busy}
        onBook={book}
        testId="transfer-submit"
      />
    </section>
  );
}

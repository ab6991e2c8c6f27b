import type { StockReceipt, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

export type ReceiptCostsProps = {
  readonly store: Store;
  readonly receipt: StockReceipt;
  /** The products' names by id: the receipt carries ids only. */
  readonly names: ReadonlyMap<string, string>;
};

/** After a receipt is booked: how each product's cost moved (moving average), from what to what. */
export function ReceiptCosts({ store, receipt, names }: ReceiptCostsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="receive-costs" data-testid="receive-costs">
      <h2>{t('stock.receive.costs')}</h2>
      <ul>
        {receipt.lines.map((line) => (
          <li key={line.productId} data-testid="receive-cost">
            {names.get(line.productId) ?? ''}{' '}
            {t('stock.receive.costMoved', {
              before:
                line.costBefore === null
                  ? t('stock.receive.noCost')
                  : format.money(line.costBefore, store.currency),
              after: format.money(line.costAfter, store.currency),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

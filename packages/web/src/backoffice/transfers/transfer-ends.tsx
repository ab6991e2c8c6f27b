import type { StockTransfer, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import type { PlacedLocation } from '../stock/use-locations';

export type TransferEndsProps = {
  readonly transfer: StockTransfer;
  /** The stores the user sees: a transfer may come from one they do not. */
  readonly stores: readonly Store[];
  readonly locations: ReadonlyMap<string, PlacedLocation> | null;
};

/**
 * Where a transfer's goods come from and go to, by store and location: '本店：后仓 → 卖场' inside one
 * store, '一号店 后仓 → 二号店 卖场' across two.
 */
export function TransferEnds({ transfer, stores, locations }: TransferEndsProps) {
  const { t } = useTranslation();
  const store = (id: string) => stores.find((s) => s.id === id)?.name ?? t('transfers.otherStore');
  const location = (id: string) =>
    locations === null ? '…' : (locations.get(id)?.location.name ?? t('transfers.otherLocation'));
  const text =
    transfer.fromStoreId === transfer.toStoreId
      ? t('transfers.ends.within', {
          store: store(transfer.fromStoreId),
          from: location(transfer.fromLocationId),
          to: location(transfer.toLocationId),
        })
      : t('transfers.ends.across', {
          fromStore: store(transfer.fromStoreId),
          from: location(transfer.fromLocationId),
          toStore: store(transfer.toStoreId),
          to: location(transfer.toLocationId),
        });
  return (
    <span className="transfer-ends" data-testid="transfer-ends">
      {text}
    </span>
  );
}

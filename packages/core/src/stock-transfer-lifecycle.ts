/**
 * Where a transfer (调拨) is in its life (glossary: Transfer): `requested` by whoever wants the
 * goods, `approved` by the store that gives them, `shipped` (in transit), `received`; `cancelled`
 * while nothing has left.
 */
export type StockTransferStatus = 'requested' | 'approved' | 'shipped' | 'received' | 'cancelled';

/** What a transfer does to move on, and the status it must be in to do it. */
export type StockTransferStep = 'approve' | 'ship' | 'receive' | 'cancel';

/** Each step: the statuses it starts from and the one it leads to. */
const STEPS: Readonly<
  Record<StockTransferStep, { from: readonly StockTransferStatus[]; to: StockTransferStatus }>
> = {
  approve: { from: ['requested'], to: 'approved' },
  ship: { from: ['approved'], to: 'shipped' },
  receive: { from: ['shipped'], to: 'received' },
  cancel: { from: ['requested', 'approved'], to: 'cancelled' },
};

/** The status `step` leads to from `status`, or undefined when the transfer is not at that step. */
export function stepStockTransfer(
  status: StockTransferStatus,
  step: StockTransferStep,
): StockTransferStatus | undefined {
  const { from, to } = STEPS[step];
  return from.includes(status) ? to : undefined;
}

import { ApiError, type StockTransfer } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';

/** A step a transfer takes; ship and receive carry their counted lines. */
export type TransferAction =
  | { readonly step: 'approve' | 'cancel' }
  | {
      readonly step: 'ship';
      readonly lines: { productId: string; quantity: number }[];
      readonly allowNegative: boolean;
    }
  | { readonly step: 'receive'; readonly lines: { productId: string; quantity: number }[] };

export type TransferState = {
  readonly transfer: StockTransfer | null;
  /** Why it could not be loaded. */
  readonly error: unknown;
  /**
   * Takes a step and shows the transfer as it then is. A refusal is thrown for the form to show;
   * when someone else took a step meanwhile (`stock_transfer_status`), the transfer is read again.
   */
  readonly act: (action: TransferAction) => Promise<void>;
};

function send(transferId: string, action: TransferAction): Promise<StockTransfer> {
  const params = { transferId };
  switch (action.step) {
    case 'approve':
      return api.call('approveStockTransfer', { params });
    case 'cancel':
      return api.call('cancelStockTransfer', { params });
    case 'ship':
      return api.call('shipStockTransfer', {
        params,
        body: { lines: action.lines, allowNegative: action.allowNegative },
      });
    case 'receive':
      return api.call('receiveStockTransfer', { params, body: { lines: action.lines } });
  }
}

/** One transfer, loaded and moved along its steps. */
export function useTransfer(transferId: string): TransferState {
  const [transfer, setTransfer] = useState<StockTransfer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(
    () => api.call('getStockTransfer', { params: { transferId } }).then(setTransfer, setError),
    [transferId],
  );
  useEffect(() => void load(), [load]);
  const act = useCallback(
    async (action: TransferAction) => {
      try {
        setTransfer(await send(transferId, action));
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === 'stock_transfer_status') await load();
        throw failure;
      }
    },
    [transferId, load],
  );
  return { transfer, error, act };
}

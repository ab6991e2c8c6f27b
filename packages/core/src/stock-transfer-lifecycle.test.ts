import { describe, expect, it } from 'vitest';
import {
  type StockTransferStatus,
  type StockTransferStep,
  stepStockTransfer,
} from './stock-transfer-lifecycle';

describe('stock transfer lifecycle', () => {
  it('goes requested → approved → shipped → received, and is cancelled only before shipping', () => {
    const statuses: StockTransferStatus[] = ['requested', 'approved', 'shipped', 'received', 'cancelled'];
    const steps: StockTransferStep[] = ['approve', 'ship', 'receive', 'cancel'];
    const table = Object.fromEntries(
      statuses.map((status) => [
        status,
        steps.map((step) => stepStockTransfer(status, step) ?? '-').join(' '),
      ]),
    );
    expect(table).toEqual({
      requested: 'approved - - cancelled',
      approved: '- shipped - cancelled',
      shipped: '- - received -',
      received: '- - - -',
      cancelled: '- - - -',
    });
  });
});

import type { PurchaseOrder } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { draftFromOrder, estimateTotal, type OrderDraftLine, orderBody, readLine } from './order-draft';

const line = (patch: Partial<OrderDraftLine> = {}): OrderDraftLine => ({
  productId: '0190a000-0000-7000-8000-000000000001',
  sku: 'A1',
  name: '可乐',
  unit: 'piece',
  supplierSku: 'K-1',
  packSize: 24_000,
  packs: '2',
  cost: '2.50',
  ...patch,
});

describe('readLine', () => {
  it('orders packs × pack size in thousandths, at the cost per unit in fen', () => {
    expect(readLine(line(), 'CNY')).toEqual({ quantity: 48_000, unitCost: 250 });
    expect(readLine(line({ packs: '1.5' }), 'CNY')).toEqual({ quantity: 36_000, unitCost: 250 });
  });

  it('refuses no packs, negative packs, and a part of a pack that is not a whole thousandth', () => {
    expect(readLine(line({ packs: '0' }), 'CNY').quantity).toBeNull();
    expect(readLine(line({ packs: '-1' }), 'CNY').quantity).toBeNull();
    expect(readLine(line({ packs: '' }), 'CNY').quantity).toBeNull();
    // 0.001 of a case of 3 pieces is 0.003 pieces = 3 thousandths: fine; of 1.5 pieces it is not.
    expect(readLine(line({ packs: '0.001', packSize: 3_000 }), 'CNY').quantity).toBe(3);
    expect(readLine(line({ packs: '0.001', packSize: 1_500 }), 'CNY').quantity).toBeNull();
  });

  it('takes yuan as people type them, and refuses a negative or unreadable cost', () => {
    expect(readLine(line({ cost: '¥3' }), 'CNY').unitCost).toBe(300);
    expect(readLine(line({ cost: '-1' }), 'CNY').unitCost).toBeNull();
    expect(readLine(line({ cost: 'abc' }), 'CNY').unitCost).toBeNull();
  });
});

describe('estimateTotal', () => {
  it('rounds each line half-up, as the server does, and skips unreadable lines', () => {
    // 0.35 kg at 12.99/kg = 454.65 fen → 455; 3 pieces at 1.00 = 300.
    const total = estimateTotal([
      { quantity: 350, unitCost: 1299 },
      { quantity: 3000, unitCost: 100 },
      { quantity: null, unitCost: 100 },
    ]);
    expect(total).toBe(755);
  });
});

describe('orderBody', () => {
  const draft = {
    supplierId: '0190a000-0000-7000-8000-0000000000aa',
    locationId: '0190a000-0000-7000-8000-0000000000bb',
    expectedOn: '',
    note: '  周五前送到 ',
    lines: [line()],
  };

  it('sends the lines in thousandths with their pack sizes, no date as null, the note trimmed', () => {
    expect(orderBody(draft, 'CNY')).toEqual({
      supplierId: draft.supplierId,
      locationId: draft.locationId,
      expectedOn: null,
      note: '周五前送到',
      lines: [{ productId: line().productId, quantity: 48_000, unitCost: 250, packSize: 24_000 }],
    });
  });

  it('is null without a supplier, a location, a line, or while a line is unreadable', () => {
    expect(orderBody({ ...draft, supplierId: '' }, 'CNY')).toBeNull();
    expect(orderBody({ ...draft, locationId: '' }, 'CNY')).toBeNull();
    expect(orderBody({ ...draft, lines: [] }, 'CNY')).toBeNull();
    expect(orderBody({ ...draft, lines: [line({ cost: '' })] }, 'CNY')).toBeNull();
  });
});

describe('draftFromOrder', () => {
  const saved = (quantity: number, packSize: number) =>
    ({
      supplierId: 's',
      locationId: 'l',
      expectedOn: null,
      note: '',
      lines: [{ ...line(), quantity, unitCost: 250, packSize, received: 0 }],
    }) as unknown as PurchaseOrder;

  it('works the packs back from the quantity', () => {
    expect(draftFromOrder(saved(36_000, 24_000), 'CNY').lines[0]).toMatchObject({
      packs: '1.5',
      packSize: 24_000,
      cost: '2.50',
    });
  });

  it('falls back to the unit when the packs would not read back exactly', () => {
    expect(draftFromOrder(saved(25_000, 24_000), 'CNY').lines[0]).toMatchObject({
      packs: '25',
      packSize: 1000,
    });
  });
});

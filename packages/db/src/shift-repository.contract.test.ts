import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createSaleRepository } from './sale-repository';
import { createShiftRepository, type NewShift } from './shift-repository';
import { describeEachDialect, newSaleFixture, type ShopFixture, seedShop } from './testing';
import { UniqueViolationError } from './unique-violation';
import { createZReportRepository } from './z-report-repository';

function newShift(shop: ShopFixture, openedAt: number, businessDate = '2024-03-01'): NewShift {
  return {
    id: randomUUID(),
    storeId: shop.storeId,
    registerId: shop.registerId,
    openedBy: shop.staffId,
    openedAt,
    businessDate,
    openingFloat: 50000,
    openingCount: [{ denomination: 10000, count: 5 }],
  };
}

describeEachDialect('shift repository', (getDb) => {
  it('opens a shift, finds it as the register’s open one, and closes it once', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const shifts = createShiftRepository(db);
    const shift = newShift(shop, 1_700_000_000_000);
    await shifts.open(shift);
    expect(await shifts.openOf(shop.registerId)).toMatchObject({ ...shift, status: 'open', summary: null });
    expect(await shifts.openShiftDate(shift.id, shop.registerId)).toBe(shift.businessDate);
    expect(await shifts.openShiftDate(shift.id, randomUUID())).toBeUndefined();
    const closing = {
      closedBy: shop.staffId,
      closedAt: 1_700_000_100_000,
      countedCash: 49990,
      closingCount: [{ denomination: 10, count: 4999 }],
      summary: { variance: -10 },
    };
    expect(await shifts.close(shift.id, closing)).toBe(true);
    expect(await shifts.close(shift.id, { ...closing, countedCash: 1 })).toBe(false);
    expect(await shifts.openOf(shop.registerId)).toBeUndefined();
    expect(await shifts.openShiftDate(shift.id, shop.registerId)).toBeUndefined();
    expect(await shifts.get(shift.id)).toMatchObject({ status: 'closed', ...closing });
  });

  it('refuses a second open shift on the register, and a replayed id once closed', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const shifts = createShiftRepository(db);
    const first = newShift(shop, 1);
    await shifts.open(first);
    await expect(shifts.open(newShift(shop, 2))).rejects.toEqual(new UniqueViolationError('open_shift'));
    await shifts.close(first.id, {
      closedBy: shop.staffId,
      closedAt: 3,
      countedCash: 0,
      closingCount: [],
      summary: {},
    });
    await expect(shifts.open(first)).rejects.toEqual(new UniqueViolationError('id'));
  });

  it('sums the shift’s sales, tenders and cash movements, and nothing of other shifts', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const shifts = createShiftRepository(db);
    const empty = newShift(shop, 1);
    await shifts.open(empty);
    expect(await shifts.sums(empty.id)).toEqual({
      sales: {
        count: 0,
        subtotal: 0,
        discountTotal: 0,
        taxTotal: 0,
        netTotal: 0,
        total: 0,
        cashRounding: 0,
        change: 0,
      },
      tenders: [],
      cashIn: 0,
      cashOut: 0,
      noSaleCount: 0,
    });
    await shifts.close(empty.id, {
      closedBy: shop.staffId,
      closedAt: 2,
      countedCash: 0,
      closingCount: [],
      summary: {},
    });
    const shift = newShift(shop, 3);
    await shifts.open(shift);
    const sales = createSaleRepository(db);
    await sales.insert(newSaleFixture(shop, 4, 2, shift.id));
    await sales.insert({ ...newSaleFixture(shop, 5, 1, shift.id), cashRounding: -3, changeTotal: 7 });
    await sales.insert(newSaleFixture(shop, 6, 1, null)); // not in the shift
    const movement = (kind: 'cash_in' | 'cash_out' | 'no_sale', amount: number) => ({
      id: randomUUID(),
      shiftId: shift.id,
      kind,
      amount,
      reason: 'float top-up',
      staffId: shop.staffId,
      at: 7,
    });
    await shifts.addCashMovement(movement('cash_in', 10000));
    await shifts.addCashMovement(movement('cash_in', 2000));
    await shifts.addCashMovement(movement('cash_out', 3000));
    await shifts.addCashMovement(movement('no_sale', 0));
    await shifts.addCashMovement(movement('no_sale', 0));
    expect(await shifts.sums(shift.id)).toEqual({
      sales: {
        count: 2,
        subtotal: 2100,
        discountTotal: 100,
        taxTotal: 230,
        netTotal: 1770,
        total: 2000,
        cashRounding: -3,
        change: 7,
      },
      tenders: [
        { kind: 'card', count: 2, amount: 800 },
        { kind: 'cash', count: 2, amount: 1200 },
      ],
      cashIn: 12000,
      cashOut: 3000,
      noSaleCount: 2,
    });
  });

  it('a cash movement id is recorded once', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const shifts = createShiftRepository(db);
    const shift = newShift(shop, 1);
    await shifts.open(shift);
    const movement = {
      id: randomUUID(),
      shiftId: shift.id,
      kind: 'cash_out' as const,
      amount: 500,
      reason: '买菜',
      staffId: shop.staffId,
      at: 2,
    };
    await shifts.addCashMovement(movement);
    await expect(shifts.addCashMovement(movement)).rejects.toEqual(new UniqueViolationError('id'));
    expect(await shifts.getCashMovement(movement.id)).toEqual(movement);
  });

  it('lists a day’s closed shifts without a Z report, and a day gets one Z report', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const shifts = createShiftRepository(db);
    const zReports = createZReportRepository(db);
    const closing = { closedBy: shop.staffId, closedAt: 9, countedCash: 0, closingCount: [], summary: {} };
    const morning = newShift(shop, 1, '2024-03-02');
    await shifts.open(morning);
    await shifts.close(morning.id, closing);
    const evening = newShift(shop, 5, '2024-03-02');
    await shifts.open(evening);
    await shifts.close(evening.id, closing);
    const nextDay = newShift(shop, 10, '2024-03-03');
    await shifts.open(nextDay);
    await shifts.close(nextDay.id, closing);
    expect((await shifts.closedWithoutZ(shop.registerId)).map((s) => s.id)).toEqual([
      morning.id,
      evening.id,
      nextDay.id,
    ]);
    expect(await zReports.nextNo(shop.registerId)).toBe(1);
    expect(await zReports.lastBusinessDate(shop.registerId)).toBeUndefined();
    const report = {
      id: randomUUID(),
      storeId: shop.storeId,
      registerId: shop.registerId,
      zNo: 1,
      businessDate: '2024-03-02',
      takenBy: shop.staffId,
      takenAt: 20,
      summary: { sales: { total: 0 } },
    };
    await zReports.insert(report);
    await shifts.coverByZ([morning.id, evening.id], report.id);
    expect((await shifts.closedWithoutZ(shop.registerId)).map((s) => s.id)).toEqual([nextDay.id]);
    expect(await zReports.get(report.id)).toEqual(report);
    expect(await zReports.nextNo(shop.registerId)).toBe(2);
    expect(await zReports.lastBusinessDate(shop.registerId)).toBe('2024-03-02');
    await expect(zReports.insert({ ...report, id: randomUUID(), zNo: 2 })).rejects.toEqual(
      new UniqueViolationError('business_date'),
    );
    expect((await zReports.listByStore(shop.storeId)).map((z) => z.id)).toEqual([report.id]);
  });
});

import { describe, expect, it } from 'vitest';
import { type SalesSums, salesFigures } from './sales-figures';

const none: SalesSums = {
  sales: 0,
  net: 0,
  tax: 0,
  cost: 0,
  uncosted: 0,
  refunded: 0,
  refundTax: 0,
  refundCost: 0,
  refundUncosted: 0,
  refundRounding: 0,
};

describe('salesFigures', () => {
  it('works out a day with a refund', () => {
    // Two sales: ¥100.00 + ¥13.00 VAT in all, cost ¥60.00; one refund of ¥11.30 (¥1.30 tax, cost ¥6.00).
    const figures = salesFigures({
      ...none,
      sales: 2,
      net: 10_000,
      tax: 1_300,
      cost: 6_000,
      refunded: 1_130,
      refundTax: 130,
      refundCost: 600,
    });
    expect(figures).toEqual({
      netSales: 10_170,
      revenue: 9_000,
      // 90.00 revenue − (60.00 − 6.00) cost = 36.00, 40% of revenue.
      grossProfit: 3_600,
      marginBasisPoints: 4_000,
      uncostedRevenue: 0,
      // (100.00 + 13.00) / 2 sales.
      averageTicket: 5_650,
    });
  });

  it('leaves goods without a cost out of the margin rather than counting them as free', () => {
    // ¥50.00 of the ¥100.00 revenue has no cost; the costed half cost ¥40.00: margin 20%, not 60%.
    const figures = salesFigures({ ...none, sales: 1, net: 10_000, cost: 4_000, uncosted: 5_000 });
    expect(figures.grossProfit).toBe(1_000);
    expect(figures.marginBasisPoints).toBe(2_000);
    expect(figures.uncostedRevenue).toBe(5_000);
  });

  it('has no margin or average ticket without sales', () => {
    expect(salesFigures(none)).toMatchObject({ marginBasisPoints: null, averageTicket: null, netSales: 0 });
  });

  it('refunds of uncosted goods do not move the costed margin', () => {
    const sold = { ...none, sales: 1, net: 10_000, cost: 4_000, uncosted: 5_000 };
    const refundedUncosted = salesFigures({ ...sold, refunded: 1_000, refundUncosted: 1_000 });
    expect(refundedUncosted.marginBasisPoints).toBe(2_000);
    expect(refundedUncosted.netSales).toBe(9_000);
  });

  it('nets a cash-rounded sale refunded in full to exactly zero', () => {
    // 10.03 (8.88 net + 1.15 tax) paid 10.05 in cash (+0.02 rounding half-up to 0.05), all of it
    // refunded: the refund gives back 10.05, of which 0.02 was rounding. Before, 0.02 stayed forever.
    const figures = salesFigures({
      ...none,
      sales: 1,
      net: 888,
      tax: 115,
      refunded: 1_005,
      refundTax: 115,
      refundRounding: 2,
      uncosted: 888,
      refundUncosted: 888,
    });
    expect(figures).toMatchObject({ netSales: 0, revenue: 0, grossProfit: 0, uncostedRevenue: 0 });
  });
});

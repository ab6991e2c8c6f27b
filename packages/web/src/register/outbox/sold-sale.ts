import { linePaidShares, type PricedTicket, type Settlement, type Unit } from '@kassa/core';

/**
 * What a sale of this register looked like to the customer, kept with its outbox entry (never
 * sent): enough to take a return by its receipt while the server is out of reach — each line's
 * share of what was paid (core `linePaidShares`, as the server works it out) and the tenders.
 */
export type SoldSale = {
  readonly currency: string;
  readonly dueAfterRounding: number;
  readonly lines: readonly {
    readonly id: string;
    readonly sku: string;
    readonly name: string;
    readonly unit: Unit;
    readonly quantity: number;
    readonly paid: number;
  }[];
  /** By the sale's tender order: what each took (net of change). */
  readonly tenders: readonly {
    readonly kind: string;
    readonly amount: number;
    readonly reference: string | null;
    readonly brand: string | null;
    readonly last4: string | null;
  }[];
};

/** The snapshot of a sale priced and settled at this register. */
export function soldSale(priced: PricedTicket, settlement: Settlement): SoldSale {
  const paid = linePaidShares(
    settlement.paid,
    priced.lines.map((line) => line.net + line.tax),
  );
  return {
    currency: priced.currency,
    dueAfterRounding: settlement.dueAfterRounding,
    lines: priced.lines.map((line, index) => ({
      id: line.id,
      sku: line.sku,
      name: line.name,
      unit: line.unit,
      quantity: line.quantity,
      paid: paid[index] ?? 0,
    })),
    tenders: settlement.tenders.map((tender) => ({
      kind: tender.kind,
      amount: tender.applied,
      reference: tender.reference ?? null,
      brand: tender.brand ?? null,
      last4: tender.last4 ?? null,
    })),
  };
}

import type { TenderInput as ApiTender, CreateSaleBody, SaleLineInput, VoidedLineInput } from '@kassa/api';
import type { PricedTicket, TenderInput, Ticket } from '@kassa/core';

/** Everything a finished sale is made of at the register. */
export type FinishedSale = {
  readonly saleId: string;
  readonly registerId: string;
  /** The register's open shift. */
  readonly shiftId: string;
  /** When the customer paid (epoch ms). */
  readonly createdAt: number;
  readonly ticket: Ticket;
  readonly priced: PricedTicket;
  readonly tenders: readonly TenderInput[];
  /** Lines removed before payment. */
  readonly voids?: readonly VoidedLineInput[];
  /** Rung up in training mode. */
  readonly training?: boolean;
  /** Managers' approvals: by line id, or `ticket` for the sale discount. */
  readonly approvals?: Readonly<Record<string, { readonly id: string }>>;
};

/** The ticket's lines as the API takes them (a sale, a parked ticket). */
export function saleLineInputs(ticket: Ticket): SaleLineInput[] {
  return ticket.lines.map((line) => ({
    id: line.id,
    productId: line.productId,
    quantity: line.quantity,
    // The catalogue price the register showed; an overridden price goes as `overridePrice`.
    unitPrice: line.listPrice ?? line.unitPrice,
    ...(line.listPrice === undefined ? {} : { overridePrice: line.unitPrice }),
    ...(line.barcode ? { barcode: line.barcode } : {}),
    ...(line.discount ? { discount: line.discount } : {}),
  }));
}

function toApiTender(tender: TenderInput): ApiTender {
  if (tender.kind === 'cash') return { kind: 'cash', amount: tender.amount };
  if (tender.kind === 'qr') return { kind: 'qr', amount: tender.amount, paymentId: tender.paymentId };
  return {
    kind: 'card',
    amount: tender.amount,
    reference: tender.reference,
    ...(tender.brand ? { brand: tender.brand } : {}),
    ...(tender.last4 ? { last4: tender.last4 } : {}),
  };
}

/**
 * The `createSale` body of a finished sale. `expectedTotal` is the total the core priced and the
 * customer saw; the server prices again with the same core and refuses a mismatch.
 */
export function buildSaleBody(sale: FinishedSale): CreateSaleBody {
  return {
    id: sale.saleId,
    registerId: sale.registerId,
    shiftId: sale.shiftId,
    ...(sale.training ? { training: true as const } : {}),
    createdAt: sale.createdAt,
    lines: saleLineInputs(sale.ticket).map((line) => {
      const approval = sale.approvals?.[line.id];
      return approval ? { ...line, approvalId: approval.id } : line;
    }),
    ...(sale.ticket.discount ? { discount: sale.ticket.discount } : {}),
    ...(sale.approvals?.ticket ? { discountApprovalId: sale.approvals.ticket.id } : {}),
    ...(sale.voids && sale.voids.length > 0 ? { voids: [...sale.voids] } : {}),
    tenders: sale.tenders.map(toApiTender),
    expectedTotal: sale.priced.total,
  };
}

/** One line of a completed sale, with the product snapshotted as sold. */
export interface SaleLine {
  id: string;
  lineNo: number;
  productId: string;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  barcode: string | null;
  /** Thousandths. */
  quantity: number;
  unitPrice: number;
  gross: number;
  lineDiscount: number;
  /** This line's share of the ticket discount. */
  ticketDiscount: number;
  amount: number;
  net: number;
  tax: number;
  taxRatePpm: number;
  unitCost: number | null;
  /** The catalogue price when the cashier overrode `unitPrice` (改价); null otherwise. */
  listPrice: number | null;
  /** Parsed JSON describing the line discount, or null. */
  discount: unknown;
}

/** One tender of a completed sale. Card data is limited to reference, brand and last four digits. */
export interface SaleTender {
  id: string;
  tenderNo: number;
  kind: string;
  /** The part of the sale this tender pays. */
  amount: number;
  /** What the customer handed over. */
  tendered: number;
  reference: string | null;
  brand: string | null;
  last4: string | null;
}

/** A completed sale without its lines and tenders, as listed. All amounts are minor units. */
export interface SaleHeader {
  id: string;
  storeId: string;
  registerId: string;
  staffId: string;
  receiptNo: string;
  receiptSeq: number;
  currency: string;
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  netTotal: number;
  total: number;
  cashRounding: number;
  dueAfterRounding: number;
  paidTotal: number;
  changeTotal: number;
  /** Parsed JSON describing the ticket discount, or null. */
  ticketDiscount: unknown;
  /** When the register completed it. */
  createdAt: number;
  /** When the server recorded it. */
  recordedAt: number;
  businessDate: string;
  requestHash: string;
  lineCount: number;
  /** The shift the sale was made in (null for sales recorded before shifts existed). */
  shiftId: string | null;
  /** A training sale: numbered apart, kept out of stock, shifts and reports. */
  training: boolean;
}

/** A completed sale with its lines (by line number) and tenders (by tender number). */
export interface Sale extends SaleHeader {
  lines: SaleLine[];
  tenders: SaleTender[];
}

/** What recording a sale needs; the line count is taken from `lines`. */
export type NewSale = Omit<Sale, 'lineCount'>;

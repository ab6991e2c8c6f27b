/** The sale just finished, as the receipt panel shows it. */
export type CompletedSale = {
  readonly saleId: string;
  /** `recorded`: the server has it (receipt available); `queued`: saved here, posted later. */
  readonly status: 'recorded' | 'queued';
  readonly receiptNo: string | null;
  readonly currency: string;
  readonly total: number;
  readonly paid: number;
  readonly change: number;
};

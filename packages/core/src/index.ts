/**
 * @kassa/core — the pure point-of-sale domain: money, tax, ticket pricing, tenders and cash
 * rounding, barcodes, receipts and journal hashing. No IO; time and ids are passed in.
 */
export { allocate } from './allocate';
export {
  addDays,
  businessDate,
  businessHour,
  dayNumber,
  daysBetween,
  earlierDate,
  isoWeekday,
  nextBusinessDate,
  yearEarlier,
} from './business-date';
export { canonicalJson } from './canonical-json';
export {
  breakDown,
  CASH_DENOMINATIONS,
  type CashCountError,
  type CashCountLine,
  countCash,
  denominationsOf,
} from './cash-count';
export { type CashRoundingRule, NO_CASH_ROUNDING, roundCash } from './cash-rounding';
export { type Code128Error, code128Bars, code128Symbols } from './code128-bars';
export { CURRENCY_EXPONENTS, currencyExponent, isCurrencyCode } from './currency';
export {
  BASIS_POINTS,
  type Discount,
  type DiscountError,
  discountAmount,
  validateDiscount,
} from './discount';
export {
  discountBasisPoints,
  discountShare,
  lineReductionShare,
  ticketDiscountShare,
} from './discount-limit';
export { DRAWER_PULSE, OPEN_DRAWER } from './drawer-pulse';
export { ean8Bars, ean13Bars } from './ean13-bars';
export {
  type DailyForecast,
  type ForecastBacktest,
  type ForecastMethod,
  type ForecastOptions,
  forecastDaily,
  fromFirstSale,
  type SmoothingParams,
} from './forecast';
export { guardFormula } from './formula-guard';
export { expandUpcE, type Gtin, type GtinError, type GtinKind, gtinCheckDigit, validateGtin } from './gtin';
export { nextHandover, parseTimeOfDay } from './handover-time';
export {
  GENESIS_HASH,
  type JournalEntry,
  type JournalFact,
  type JournalVerification,
  journalHash,
  verifyJournal,
} from './journal-chain';
export { Money } from './money';
export { type FormatMoneyOptions, formatDecimal, formatMoney } from './money-format';
export { type MoneyParseError, type ParseMoneyOptions, parseMoney } from './money-parse';
export { movingAverageCost } from './moving-average-cost';
export {
  classifyPaymentCode,
  maskPaymentCode,
  type PaymentCodeError,
  type QrProvider,
} from './payment-code';
export {
  canMovePurchaseOrder,
  closedStatus,
  isDraft,
  isOpenForGoods,
  type OrderedQuantity,
  type PurchaseOrderStatus,
  receivedShare,
  statusAfterReceipt,
} from './purchase-order-lifecycle';
export {
  DEFAULT_QR_TIMING,
  isQrPaymentSettled,
  type QrGatewayAnswer,
  type QrPayment,
  type QrPaymentStatus,
  type QrStep,
  type QrTiming,
  qrAfterAnswer,
  qrBeforeSending,
  qrDueStep,
  qrRequestCancel,
  startQrPayment,
} from './qr-payment';
export { lineAmount, Quantity, type QuantityParseError, type Unit } from './quantity';
export {
  buildReceipt,
  type ReceiptDocument,
  type ReceiptInput,
  type ReceiptLine,
  type ReceiptStore,
  type ReceiptTender,
} from './receipt';
export {
  layoutReceiptText,
  type ReceiptLabels,
  type ReceiptLayoutOptions,
  receiptTenderLabel,
} from './receipt-layout';
export { receiptNumber } from './receipt-number';
export {
  linePaidShares,
  type RefundableLine,
  type RefundableTender,
  refundAmount,
  refundShare,
  refundToTenders,
} from './refund';
export { type ReorderFacts, type ReorderSuggestion, suggestReorder } from './reorder-suggestion';
export { err, ok, type Result } from './result';
export { divideRounded, ROUNDING_MODES, type RoundingMode, roundDiv } from './rounding';
export {
  type NetSalesSums,
  netSalesOf,
  type SalesFigures,
  type SalesSums,
  salesFigures,
} from './sales-figures';
export {
  type DailyInsights,
  type DailyInsightsInput,
  findDailyInsights,
  type NewSeller,
  type ProductDay,
  type ProductHistory,
  roundedMedian,
  STANDOUT_REASONS,
  type Standout,
  type StandoutReason,
} from './sales-insights';
export {
  DEFAULT_SCALE_TEMPLATES,
  encodeScaleBarcode,
  isValidScaleTemplate,
  parseScaleBarcode,
  pluKey,
  type ScaleBarcode,
  type ScaleBarcodeTemplate,
} from './scale-barcode';
export { decimalText } from './scaled-decimal';
export { classifyScan, type ScanResult } from './scan';
export {
  type CardTenderInput,
  type CashTenderInput,
  type SettledTender,
  type SettleError,
  type Settlement,
  settle,
  type TenderInput,
  type TenderKind,
} from './settle';
export { sha256Hex } from './sha256';
export {
  layoutShiftReportText,
  type ShiftReportDocument,
  type ShiftReportKind,
  type ShiftReportLabels,
  type ShiftReportLayoutOptions,
} from './shift-report-layout';
export {
  type ReportedShiftSummary,
  type ShiftReportRow,
  type ShiftReportRowKey,
  shiftReportRows,
} from './shift-report-rows';
export {
  type ClosedShiftSummary,
  closeShiftSummary,
  combineShifts,
  type RefundTotals,
  type ShiftFacts,
  type ShiftSalesTotals,
  type ShiftSummary,
  summarizeShift,
  type TenderTotal,
  type VoidTotals,
} from './shift-summary';
export {
  type StockTransferStatus,
  type StockTransferStep,
  stepStockTransfer,
} from './stock-transfer-lifecycle';
export {
  computeTax,
  formatTaxRate,
  type InclusiveRoundTarget,
  PPM,
  type TaxLineInput,
  type TaxMode,
  type TaxRateTotal,
  type TaxResult,
  type TaxRounding,
  type TaxSettings,
  type TaxSplit,
} from './tax';
export { centerText, pairText } from './text-columns';
export { charWidth, textWidth } from './text-width';
export {
  Ticket,
  type TicketLine,
  type TicketLineError,
  validateQuantity,
  validateTicketLine,
} from './ticket';
export { type PricedLine, type PricedTicket, type PricingSettings, priceTicket } from './ticket-pricing';
export {
  type ActivityBaseline,
  type ActivityDay,
  type ActivityRule,
  type ActivityVerdict,
  judgeActivity,
  MIN_OWN_DAYS,
  MIN_STORE_DAYS,
} from './unusual-activity';
export { isUuid, uuidV7, uuidV7Time } from './uuid-v7';
export { formatWallClock, type WallClock, wallClock } from './wall-clock';

export {
  ALERT_RAISED,
  type Alert,
  type AlertRepository,
  createAlertRepository,
  type NewAlert,
} from './alert-repository';
export {
  type AlertSettings,
  type AlertSettingsRepository,
  createAlertSettingsRepository,
} from './alert-settings-repository';
export {
  type AuditCursor,
  type AuditListing,
  type AuditPage,
  type AuditRecord,
  type AuditRepository,
  createAuditRepository,
} from './audit-repository';
export { type Category, type CategoryRepository, createCategoryRepository } from './category-repository';
export { type DataSummary, readDataSummary } from './data-summary';
export {
  createDeviceRepository,
  type Device,
  type DeviceRepository,
  type NewDevice,
  type OutboxReport,
  type WatchedDevice,
} from './device-repository';
export {
  createDiscountApprovalRepository,
  type DiscountApproval,
  type DiscountApprovalRepository,
} from './discount-approval-repository';
export {
  createEventRepository,
  type EventRepository,
  type KassaEvent,
  type NewKassaEvent,
} from './event-repository';
export { groupCommit } from './group-commit';
export { inTransaction } from './in-transaction';
export {
  type BuildJournalEntry,
  createJournalRepository,
  type JournalEntry,
  type JournalEntryDraft,
  type JournalListing,
  type JournalRepository,
} from './journal-repository';
export type { DatabaseConfig, DialectName, KassaDatabase } from './kassa-database';
export { migrateToLatest } from './migrate-to-latest';
export { type MigrationStatus, readMigrationStatus } from './migration-status';
export { openDatabase } from './open-database';
export {
  createPairingCodeRepository,
  type NewPairingCode,
  type PairingCode,
  type PairingCodeRepository,
} from './pairing-code-repository';
export {
  createParkedTicketRepository,
  type ParkedTicket,
  type ParkedTicketRepository,
} from './parked-ticket-repository';
export { type PreparedQuery, prepareQuery } from './prepared-query';
export {
  createProductRepository,
  type NewProduct,
  type Product,
  type ProductCursor,
  type ProductFields,
  type ProductPage,
  type ProductRepository,
  type ProductSearch,
  type ProductUniqueConstraint,
  toProduct,
} from './product-repository';
export {
  createPurchaseOrderRepository,
  type PurchaseOrder,
  type PurchaseOrderContent,
  type PurchaseOrderLine,
  type PurchaseOrderRepository,
} from './purchase-order-repository';
export {
  createQrPaymentRepository,
  type QrPaymentRecord,
  type QrPaymentRepository,
} from './qr-payment-repository';
export { createQuickKeyRepository, type QuickKey, type QuickKeyRepository } from './quick-key-repository';
export {
  createRefundRepository,
  type Refund,
  type RefundedSoFar,
  type RefundRepository,
  type RefundSums,
} from './refund-repository';
export {
  createRegisterRepository,
  type NewRegister,
  type Printer,
  type Register,
  type RegisterRepository,
} from './register-repository';
export {
  createReorderRepository,
  type ReorderPosition,
  type ReorderRepository,
  type ReorderRule,
  type SupplierOffer,
} from './reorder-repository';
export {
  createReportReads,
  type LabelKind,
  type OpenShiftRow,
  type RecentSaleRow,
  type ReportReads,
} from './report-reads';
export {
  ROLLUP_DIMENSIONS,
  ROLLUP_MEASURES,
  type RollupDimension,
  type RollupMeasure,
  type RollupMeasures,
  zeroMeasures,
} from './rollup-measures';
export {
  createRollupRepository,
  type RollupDelta,
  type RollupQuery,
  type RollupRepository,
  type RollupRow,
} from './rollup-repository';
export {
  createRollupSources,
  type NoSaleFact,
  type ReturnFact,
  type RollupSources,
  type ShiftFact,
  type VoidFact,
} from './rollup-sources';
export { createRunningTotalRepository, type RunningTotalRepository } from './running-total-repository';
export type { NewSale, Sale, SaleHeader, SaleLine, SaleTender } from './sale';
export {
  createSaleRepository,
  type SaleCursor,
  type SaleListing,
  type SalePage,
  type SaleRepository,
  type SaleUniqueConstraint,
} from './sale-repository';
export type * from './schema';
export {
  createSessionRepository,
  type NewSession,
  type Session,
  type SessionRepository,
} from './session-repository';
export { createSettingsRepository, type SettingsRepository } from './settings-repository';
export {
  type CashMovement,
  type CountLine,
  createShiftRepository,
  type NewShift,
  type Shift,
  type ShiftClosing,
  type ShiftLedgerSums,
  type ShiftRepository,
  type ShiftUniqueConstraint,
} from './shift-repository';
export {
  backUpSqliteDatabase,
  openMigratedSqliteCopy,
  openSqliteReadOnly,
  replaceSqliteDatabase,
  sqliteIntegrityProblems,
} from './sqlite-backup';
export { isSqliteDatabaseInUse } from './sqlite-in-use';
export {
  createStaffRepository,
  type NewStaffMember,
  type Role,
  type StaffFields,
  type StaffMember,
  type StaffRepository,
} from './staff-repository';
export {
  createStockAdjustmentRepository,
  type StockAdjustment,
  type StockAdjustmentRepository,
} from './stock-adjustment-repository';
export {
  createStockCountRepository,
  type StockCount,
  type StockCountLine,
  type StockCountRepository,
  type StockCountTally,
} from './stock-count-repository';
export {
  createStockLocationRepository,
  type StockLocation,
  type StockLocationRepository,
} from './stock-location-repository';
export {
  createStockReceiptRepository,
  type StockReceipt,
  type StockReceiptLine,
  type StockReceiptRepository,
} from './stock-receipt-repository';
export {
  createStockRepository,
  type LedgerDifference,
  type LedgerValue,
  type LevelAfter,
  type ReorderPoint,
  type StockLevel,
  type StockMovement,
  type StockRepository,
} from './stock-repository';
export {
  createStockTransferRepository,
  type StockTransfer,
  type StockTransferLine,
  type StockTransferRepository,
} from './stock-transfer-repository';
export {
  createStoreRepository,
  type NewStore,
  type Store,
  type StoreRepository,
  type StoreSettings,
} from './store-repository';
export {
  createSupplierRepository,
  type Supplier,
  type SupplierPatch,
  type SupplierProduct,
  type SupplierRepository,
} from './supplier-repository';
export { createTaxClassRepository, type TaxClass, type TaxClassRepository } from './tax-class-repository';
export { UniqueViolationError, violatedUniqueConstraint } from './unique-violation';
export {
  createUnreceiptedReturnRepository,
  type UnreceiptedReturn,
  type UnreceiptedReturnRepository,
} from './unreceipted-return-repository';
export {
  createVoidRepository,
  type Void,
  type VoidedLine,
  type VoidRepository,
  type VoidSums,
} from './void-repository';
export {
  createZReportRepository,
  type ZReport,
  type ZReportRepository,
  type ZReportUniqueConstraint,
} from './z-report-repository';

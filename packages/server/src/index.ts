/**
 * @kassa/server — the Kassa HTTP server: composition root, use-cases, auth, routes, receipts.
 */
export { type AppDeps, createApp, MAX_BODY_BYTES } from './app';
export type { AuditFact } from './audit';
export { recordAudit } from './audit';
export type { AuthSession } from './auth/auth-session';
export { hashSecret, verifySecret } from './auth/secret-hash';
export { type BackupKind, parseBackupFileName } from './backups/backup-file-name';
export {
  describePostgresBackupError,
  dumpPostgres,
  type PostgresArchive,
  type PostgresBackupError,
  type PostgresTools,
  postgresToolsOf,
  restorePostgresDump,
  verifyPostgresDump,
} from './backups/postgres-backup';
export {
  describeRestoreError,
  type RestoredBackup,
  type RestoreError,
  restoreSqliteBackup,
} from './backups/restore-backup';
export {
  type BackupContents,
  type BackupProblem,
  describeBackupProblem,
  verifySqliteBackup,
} from './backups/verify-backup';
export {
  type BackupWriteError,
  backupsDirOf,
  describeBackupWriteError,
  type WrittenBackup,
  writeSqliteBackup,
} from './backups/write-backup';
export {
  type BootstrapResult,
  bootstrapFirstStart,
  DEFAULT_STORE_SETTINGS,
  DEFAULT_TAX_CLASSES,
  generatePassword,
} from './bootstrap';
export { deactivateProduct, updateProduct } from './catalog/change-product';
export { createProduct } from './catalog/create-product';
export { lookupCode } from './catalog/lookup-code';
export {
  DEFAULT_CONFIG,
  databaseConfigOf,
  type KassaConfig,
  type LoadedKassaConfig,
  loadConfigFromEnv,
} from './config';
export { HttpError } from './http/http-error';
export { verifyStoreJournal } from './journal/verify-store-journal';
export { type KassaContext, newId } from './kassa-context';
export { type RunningKassa, startKassa } from './main';
export { QR_GATEWAY_SETTING } from './payments/qr-gateway-setting';
export { createRandomPool, systemRandom } from './random-pool';
export {
  type EscPosAlign,
  type EscPosLine,
  type EscPosLineStyle,
  encodeEscPos,
} from './receipts/escpos-encoder';
export type { ReceiptLanguage } from './receipts/receipt-labels';
export { type CompletedSale, completeSale, type SaleActor, saleRequestHash } from './sales/complete-sale';
export { moveCash } from './shifts/move-cash';
export { openShift } from './shifts/open-shift';
export type { ShiftActor } from './shifts/shift-actor';
export { closeShift, readShiftReport, takeXReport } from './shifts/shift-reports';
export { takeZReport } from './shifts/z-reports';
export { type CreatedStaff, type CreateStaffInput, createStaff } from './staff/create-staff';
export { setQuickKeys } from './stores/quick-keys';
export { type CatalogChange, recordCatalogChange } from './sync/pull/catalog-change';
export { SERVER_VERSION } from './version';

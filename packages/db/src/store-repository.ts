import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, toJsonText } from './json-text';
import type { Schema, StoresTable } from './schema';
import { createStockLocationRepository } from './stock-location-repository';
import { translateUniqueViolation } from './unique-violation';

/** A store's settings as the back office edits them. */
export interface StoreSettings {
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  /** ISO 4217. */
  currency: string;
  /** BCP 47, e.g. 'zh-CN'. */
  locale: string;
  /** IANA, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Minutes after local midnight at which the business day turns over (240 = 04:00). */
  businessDayCutoverMinutes: number;
  taxMode: 'inclusive' | 'exclusive';
  taxRounding: 'line' | 'receipt';
  taxInclusiveTarget: 'net' | 'tax';
  roundingMode: string;
  /** Minor units; 0 disables cash rounding. */
  cashRoundingIncrement: number;
  cashRoundingMode: 'down' | 'half-up';
  /** Parsed JSON, validated by the caller. */
  scaleBarcodeTemplates: unknown;
  receiptFooter: string | null;
  /** Where the money for a return without a receipt (无小票退货) goes. */
  unreceiptedReturnTender: 'cash' | 'card';
  /** After how many hours offline (no request, no heartbeat) a register alerts the owner; 24 by default. */
  registerOfflineAlertHours: number;
}

/** A store with its journal head. */
export interface Store extends StoreSettings {
  id: string;
  /** Seq of the last journal entry; 0 before the first. */
  journalSeq: number;
  /** Hash of the last journal entry; 64 zeros before the first. */
  journalHead: string;
  /** The stock location its sales and refunds move (ADR 0014). */
  salesFloorId: string;
  createdAt: number;
}

/** What creating a store needs: its sales floor is created with it, named 卖场. */
export interface NewStore extends StoreSettings {
  id: string;
  salesFloorId: string;
  createdAt: number;
}

/** Store repository; `create`/`update` throw `UniqueViolationError<'code'>` on a taken code. */
export interface StoreRepository {
  create(store: NewStore): Promise<Store>;
  get(id: string): Promise<Store | undefined>;
  getByCode(code: string): Promise<Store | undefined>;
  /** All stores by code. */
  list(): Promise<Store[]>;
  update(id: string, patch: Partial<StoreSettings>): Promise<Store | undefined>;
}

const uniqueConstraints = { stores_code_unique: 'code', stores_pkey: 'id' } as const;

/** Stores on `db`, which may be a transaction. */
export function createStoreRepository(db: Kysely<Schema>): StoreRepository {
  const select = () =>
    db
      .selectFrom('stores')
      .selectAll('stores')
      .select((eb) =>
        eb
          .selectFrom('stock_locations')
          .select('stock_locations.id')
          .whereRef('stock_locations.store_id', '=', 'stores.id')
          .where('stock_locations.kind', '=', 'sales_floor')
          .as('sales_floor_id'),
      );

  const repository: StoreRepository = {
    async create(store) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('stores')
          .values({ id: store.id, created_at: store.createdAt, ...toRow(store) })
          .execute(),
      );
      await createStockLocationRepository(db).create({
        id: store.salesFloorId,
        storeId: store.id,
        name: '卖场',
        kind: 'sales_floor',
        active: true,
        createdAt: store.createdAt,
      });
      const created = await repository.get(store.id);
      if (!created) throw new Error(`store ${store.id} vanished after insert`);
      return created;
    },
    async get(id) {
      const row = await select().where('stores.id', '=', id).executeTakeFirst();
      return row && toStore(row);
    },
    async getByCode(code) {
      const row = await select().where('stores.code', '=', code).executeTakeFirst();
      return row && toStore(row);
    },
    async list() {
      const rows = await select().orderBy('stores.code').execute();
      return rows.map(toStore);
    },
    async update(id, patch) {
      const current = await repository.get(id);
      if (!current) return undefined;
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .updateTable('stores')
          .set(toRow({ ...current, ...patch }))
          .where('id', '=', id)
          .execute(),
      );
      return repository.get(id);
    },
  };
  return repository;
}

function toRow(s: StoreSettings) {
  return {
    code: s.code,
    name: s.name,
    address: s.address,
    phone: s.phone,
    currency: s.currency,
    locale: s.locale,
    time_zone: s.timeZone,
    business_day_cutover_minutes: s.businessDayCutoverMinutes,
    tax_mode: s.taxMode,
    tax_rounding: s.taxRounding,
    tax_inclusive_target: s.taxInclusiveTarget,
    rounding_mode: s.roundingMode,
    cash_rounding_increment: s.cashRoundingIncrement,
    cash_rounding_mode: s.cashRoundingMode,
    scale_barcode_templates: toJsonText(s.scaleBarcodeTemplates),
    receipt_footer: s.receiptFooter,
    unreceipted_return_tender: s.unreceiptedReturnTender,
    register_offline_alert_hours: s.registerOfflineAlertHours,
  };
}

function toStore(row: Selectable<StoresTable> & { sales_floor_id: string | null }): Store {
  if (row.sales_floor_id === null) throw new Error(`store ${row.id} has no sales floor`);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    address: row.address,
    phone: row.phone,
    currency: row.currency,
    locale: row.locale,
    timeZone: row.time_zone,
    businessDayCutoverMinutes: row.business_day_cutover_minutes,
    taxMode: row.tax_mode,
    taxRounding: row.tax_rounding,
    taxInclusiveTarget: row.tax_inclusive_target,
    roundingMode: row.rounding_mode,
    cashRoundingIncrement: row.cash_rounding_increment,
    cashRoundingMode: row.cash_rounding_mode,
    scaleBarcodeTemplates: fromJsonText(row.scale_barcode_templates),
    receiptFooter: row.receipt_footer,
    unreceiptedReturnTender: row.unreceipted_return_tender,
    registerOfflineAlertHours: row.register_offline_alert_hours,
    journalSeq: row.journal_seq,
    journalHead: row.journal_head,
    salesFloorId: row.sales_floor_id,
    createdAt: row.created_at,
  };
}

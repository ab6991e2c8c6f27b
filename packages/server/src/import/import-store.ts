import {
  createRegisterRepository,
  createStoreRepository,
  createTaxClassRepository,
  type Register,
  type Store,
  type StoreSettings,
  UniqueViolationError,
} from '@kassa/db';
import { recordAudit } from '../audit';
import { type KassaContext, newId } from '../kassa-context';
import { recordCatalogChange } from '../sync/pull/catalog-change';

/** A UK shop's settings: pounds, London time, VAT-inclusive prices, no cash rounding (1p coins exist). */
export const UK_STORE_SETTINGS: Omit<StoreSettings, 'code' | 'name'> = {
  address: null,
  phone: null,
  currency: 'GBP',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  businessDayCutoverMinutes: 240,
  taxMode: 'inclusive',
  taxRounding: 'line',
  taxInclusiveTarget: 'net',
  roundingMode: 'half-up',
  cashRoundingIncrement: 0,
  cashRoundingMode: 'down',
  scaleBarcodeTemplates: [],
  receiptFooter: null,
  // Money given back goes to the customer's card or account, never out of a drawer.
  unreceiptedReturnTender: 'card',
  registerOfflineAlertHours: 24,
};

/** UK VAT rates the import prices with, in ppm. */
export const UK_VAT = { standard: 200_000, none: 0 } as const;

/** The store an import writes into, its one register, and the tax class of each rate. */
export type ImportStore = {
  readonly store: Store;
  readonly register: Register;
  readonly taxClassIds: { readonly standard: string; readonly none: string };
};

/**
 * Creates the store an import writes into (a UK shop, see {@link UK_STORE_SETTINGS}) with register
 * '01', whose receipt sequence starts at `firstReceiptSeq` (a file without sales gives none) so
 * that each sale can keep the old system's invoice number as its receipt number; and the VAT
 * classes, reusing one of the same rate. Null when the store code is taken: an import never writes
 * into a store with a history.
 */
export async function createImportStore(
  ctx: KassaContext,
  input: {
    readonly code: string;
    readonly name: string;
    readonly staffId: string;
    readonly firstReceiptSeq: number;
  },
): Promise<ImportStore | null> {
  const stores = createStoreRepository(ctx.db);
  if (await stores.getByCode(input.code)) return null;
  let store: Store;
  try {
    store = await stores.create({
      id: newId(ctx),
      salesFloorId: newId(ctx),
      code: input.code,
      name: input.name,
      ...UK_STORE_SETTINGS,
      createdAt: ctx.clock(),
    });
  } catch (error) {
    if (error instanceof UniqueViolationError) return null;
    throw error;
  }
  const registers = createRegisterRepository(ctx.db);
  const created = await registers.create({
    id: newId(ctx),
    storeId: store.id,
    code: '01',
    name: 'Import',
    active: true,
    createdAt: ctx.clock(),
  });
  // As a register bringing its own durable sequence would: the next number is the first invoice's.
  if (Number.isSafeInteger(input.firstReceiptSeq) && input.firstReceiptSeq > 1) {
    await registers.claimReceiptSeq(created.id, input.firstReceiptSeq - 1);
  }
  const register = await registers.get(created.id);
  if (!register) throw new Error(`register ${created.id} vanished after creation`);
  await recordAudit(ctx, {
    action: 'store.created',
    staffId: input.staffId,
    storeId: store.id,
    targetType: 'store',
    targetId: store.id,
    detail: { code: store.code, name: store.name, currency: store.currency, timeZone: store.timeZone },
  });
  await recordCatalogChange(ctx, { kind: 'store', id: store.id });
  return { store, register, taxClassIds: await vatClasses(ctx) };
}

async function vatClasses(ctx: KassaContext): Promise<ImportStore['taxClassIds']> {
  const taxClasses = createTaxClassRepository(ctx.db);
  const existing = await taxClasses.list();
  const ofRate = async (ratePpm: number, name: string) => {
    const found = existing.find((taxClass) => taxClass.ratePpm === ratePpm);
    if (found) return found.id;
    const created = await taxClasses.create({ id: newId(ctx), name, ratePpm });
    await recordCatalogChange(ctx, { kind: 'taxClass', id: created.id });
    return created.id;
  };
  return {
    standard: await ofRate(UK_VAT.standard, 'VAT 20%'),
    none: await ofRate(UK_VAT.none, 'No VAT'),
  };
}

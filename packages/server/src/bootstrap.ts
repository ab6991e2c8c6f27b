import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type RoleId } from '@kassa/api';
import { DEFAULT_SCALE_TEMPLATES } from '@kassa/core';
import {
  createRegisterRepository,
  createStaffRepository,
  createStoreRepository,
  createTaxClassRepository,
  inTransaction,
  type StoreSettings,
  UniqueViolationError,
} from '@kassa/db';
import { hashSecret } from './auth/secret-hash';
import { type KassaContext, newId } from './kassa-context';

/** Names of the built-in roles, shown until an owner renames them. */
const ROLE_NAMES: Readonly<Record<RoleId, string>> = {
  owner: '老板',
  manager: '店长',
  cashier: '收银员',
  stock_clerk: '库管',
  accountant: '会计',
};

/** The settings of the store made on first start: a Chinese shop (VAT-inclusive prices, 抹零 to 0.1 yuan). */
export const DEFAULT_STORE_SETTINGS: StoreSettings = {
  code: 'S01',
  name: '我的小店',
  address: null,
  phone: null,
  currency: 'CNY',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  businessDayCutoverMinutes: 240,
  taxMode: 'inclusive',
  taxRounding: 'line',
  taxInclusiveTarget: 'net',
  roundingMode: 'half-up',
  cashRoundingIncrement: 10,
  cashRoundingMode: 'down',
  scaleBarcodeTemplates: DEFAULT_SCALE_TEMPLATES,
  receiptFooter: null,
  unreceiptedReturnTender: 'cash',
  registerOfflineAlertHours: 24,
};

/** The tax classes made on first start (rates in ppm). */
export const DEFAULT_TAX_CLASSES = [
  { name: '标准税率', ratePpm: 130_000 },
  { name: '农产品', ratePpm: 90_000 },
  { name: '免税', ratePpm: 0 },
] as const;

/** What the first start did. */
export type BootstrapResult = {
  /** False when the database already had a store (a restart). */
  readonly created: boolean;
  /** The generated owner password, to be shown once; null when it was given or nothing was created. */
  readonly ownerPasswordGenerated: string | null;
};

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A readable random password (no 0/O, 1/l/I), by rejection sampling so every character is equally likely. */
export function generatePassword(random: (n: number) => Uint8Array, length = 16): string {
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length)) {
      if (byte < limit && out.length < length)
        out += PASSWORD_ALPHABET.charAt(byte % PASSWORD_ALPHABET.length);
    }
  }
  return out;
}

/**
 * Brings the built-in roles up to date (a new release may grant new permissions) and, when no store
 * exists yet, creates in one transaction: the store 'S01', its register '01', the tax classes and
 * the `owner` staff member (password `ownerPassword`, else a generated one returned once).
 * Idempotent: a restart, or a second process starting at the same moment, changes nothing.
 */
export async function bootstrapFirstStart(
  ctx: KassaContext,
  options: { readonly ownerPassword?: string | undefined } = {},
): Promise<BootstrapResult> {
  await syncBuiltInRoles(ctx);
  if ((await createStoreRepository(ctx.db).list()).length > 0)
    return { created: false, ownerPasswordGenerated: null };

  const generated = options.ownerPassword === undefined ? generatePassword(ctx.random) : null;
  const passwordHash = await hashSecret(options.ownerPassword ?? generated ?? '');
  const now = ctx.clock();
  try {
    await inTransaction(ctx.db, async (trx) => {
      const store = await createStoreRepository(trx).create({
        ...DEFAULT_STORE_SETTINGS,
        id: newId(ctx),
        salesFloorId: newId(ctx),
        createdAt: now,
      });
      await createRegisterRepository(trx).create({
        id: newId(ctx),
        storeId: store.id,
        code: '01',
        name: '1号收银台',
        active: true,
        createdAt: now,
      });
      const taxClasses = createTaxClassRepository(trx);
      for (const taxClass of DEFAULT_TAX_CLASSES) await taxClasses.create({ id: newId(ctx), ...taxClass });
      await createStaffRepository(trx).create({
        id: newId(ctx),
        username: 'owner',
        displayName: '老板',
        roleId: 'owner',
        passwordHash,
        pinHash: null,
        active: true,
        createdAt: now,
        storeIds: [store.id],
      });
    });
  } catch (error) {
    // Another process bootstrapped the same database first: its store and owner stand.
    if (error instanceof UniqueViolationError) return { created: false, ownerPasswordGenerated: null };
    throw error;
  }
  return { created: true, ownerPasswordGenerated: generated };
}

async function syncBuiltInRoles(ctx: KassaContext): Promise<void> {
  const staff = createStaffRepository(ctx.db);
  const existing = new Map((await staff.listRoles()).map((role) => [role.id, role]));
  for (const id of ROLES) {
    const wanted = id === 'owner' ? [...PERMISSIONS] : [...ROLE_PERMISSIONS[id]];
    const current = existing.get(id);
    const same =
      current !== undefined &&
      current.permissions.length === wanted.length &&
      wanted.every((p) => current.permissions.includes(p));
    if (!same) await staff.saveRole({ id, name: current?.name ?? ROLE_NAMES[id], permissions: wanted });
  }
}

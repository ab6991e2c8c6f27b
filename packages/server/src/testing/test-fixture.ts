import { randomBytes } from 'node:crypto';
import type { CreateSaleBody, RoleId } from '@kassa/api';
import { DEFAULT_SCALE_TEMPLATES, encodeScaleBarcode, gtinCheckDigit, uuidV7 } from '@kassa/core';
import {
  createRegisterRepository,
  createStoreRepository,
  createTaxClassRepository,
  type KassaDatabase,
  type Store,
} from '@kassa/db';
import type { Hono } from 'hono';
import pino from 'pino';
import { createApp } from '../app';
import { bootstrapFirstStart } from '../bootstrap';
import { createProduct } from '../catalog/create-product';
import type { KassaEnv } from '../http/kassa-env';
import type { KassaContext } from '../kassa-context';
import type { QrPaymentServices } from '../payments/qr-payments';
import { createStaff } from '../staff/create-staff';

/** 2025-01-15 10:00 in Shanghai: inside the API's accepted instants. */
export const T0 = Date.UTC(2025, 0, 15, 2, 0, 0);

/** A valid EAN-13 from 12 digits. */
export function ean13(body12: string): string {
  return body12 + String(gtinCheckDigit(body12));
}

export const COLA_BARCODE = ean13('690123456789');
/** 0.350 kg of apples (PLU 42) on the default scale label. */
export const APPLE_LABEL = encodeScaleBarcode(
  DEFAULT_SCALE_TEMPLATES[0] as (typeof DEFAULT_SCALE_TEMPLATES)[number],
  '42',
  350,
);

export const PASSWORDS: Readonly<Record<RoleId, string>> = {
  owner: 'owner-pass-1',
  manager: 'manager-pass-1',
  cashier: 'cashier-pass-1',
  stock_clerk: 'clerk-pass-1',
  accountant: 'accountant-pass-1',
};
export const CASHIER_PIN = '2468';

/** A bootstrapped store with staff of every role signed in, a few products and an in-process app. */
export type Fixture = {
  readonly app: Hono<KassaEnv>;
  readonly ctx: KassaContext;
  readonly store: Store;
  readonly registerId: string;
  /** A second register of the same store. */
  readonly register2Id: string;
  /** The open shifts of the two registers (¥500 float each, opened by the manager). */
  readonly shiftId: string;
  readonly shift2Id: string;
  readonly tokens: Readonly<Record<RoleId, string>>;
  readonly staffIds: Readonly<Record<RoleId, string>>;
  readonly products: {
    readonly cola: string;
    readonly apple: string;
    readonly bread: string;
    readonly old: string;
  };
  /** Advances the fake clock. */
  tick(ms: number): void;
  /** A new UUIDv7. */
  id(): string;
  request(
    method: string,
    path: string,
    /** `device`: a paired device's token, sent as `X-Kassa-Device` (see paired-device.ts). */
    options?: { token?: string | null; body?: unknown; device?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  /** The standard 3-line sale: 2 colas (7.00), 0.350 kg of apples by scale label (4.55), 1 bread (8.50). */
  saleBody(overrides?: Partial<CreateSaleBody>): CreateSaleBody;
};

/** Builds the {@link Fixture} on a migrated, empty database. */
export async function createFixture(
  database: KassaDatabase,
  options: { readonly qrPayments?: (ctx: KassaContext) => QrPaymentServices } = {},
): Promise<Fixture> {
  let now = T0;
  const ctx: KassaContext = {
    db: database.db,
    clock: () => now,
    random: (n) => new Uint8Array(randomBytes(n)),
  };
  await bootstrapFirstStart(ctx, { ownerPassword: PASSWORDS.owner });
  const [store] = await createStoreRepository(ctx.db).list();
  if (!store) throw new Error('bootstrap made no store');
  const registers = createRegisterRepository(ctx.db);
  const [register] = await registers.listByStore(store.id);
  if (!register) throw new Error('bootstrap made no register');
  const register2 = await registers.create({
    id: uuidV7(now, ctx.random(10)),
    storeId: store.id,
    code: '02',
    name: '2号收银台',
    active: true,
    createdAt: now,
  });
  const taxClasses = await createTaxClassRepository(ctx.db).list();
  const rate = (ppm: number) => taxClasses.find((t) => t.ratePpm === ppm)?.id ?? '';

  const staffIds: Partial<Record<RoleId, string>> = {};
  for (const role of ['manager', 'cashier', 'stock_clerk', 'accountant'] as const) {
    const staff = await createStaff(ctx, {
      username: role,
      displayName: `${role} name`,
      roleId: role,
      password: PASSWORDS[role],
      ...(role === 'cashier' ? { pin: CASHIER_PIN } : {}),
      storeIds: [store.id],
    });
    staffIds[role] = staff.id;
  }
  const product = async (input: Parameters<typeof createProduct>[1]) => (await createProduct(ctx, input)).id;
  const products = {
    cola: await product({
      sku: 'COLA-330',
      name: '可口可乐 330ml',
      price: 350,
      taxClassId: rate(130_000),
      barcodes: [COLA_BARCODE],
    }),
    apple: await product({
      sku: 'APPLE',
      name: '红富士苹果',
      unit: 'kg',
      price: 1299,
      taxClassId: rate(90_000),
      plu: '42',
    }),
    bread: await product({
      sku: 'BREAD',
      name: '全麦面包',
      price: 850,
      taxClassId: rate(130_000),
      trackStock: false,
    }),
    old: await product({
      sku: 'OLD',
      name: '停售商品',
      price: 100,
      taxClassId: rate(130_000),
      active: false,
    }),
  };

  const app = createApp({
    db: ctx.db,
    clock: ctx.clock,
    random: ctx.random,
    logger: pino({ level: 'silent' }),
    validateResponses: true,
    // Where customers reach the shop's Kassa: e-receipt links are printed only when this is known.
    publicUrl: 'http://localhost',
    ...(options.qrPayments ? { qrPayments: options.qrPayments(ctx) } : {}),
  });
  const request: Fixture['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.device) headers['x-kassa-device'] = options.device;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return app.request(path, {
      method,
      headers,
      ...(options.body === undefined
        ? {}
        : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
    });
  };
  const tokens: Partial<Record<RoleId, string>> = {};
  for (const role of ['owner', 'manager', 'cashier', 'stock_clerk', 'accountant'] as const) {
    const response = await request('POST', '/api/v1/auth/login', {
      body: { username: role, password: PASSWORDS[role] },
    });
    const body = (await response.json()) as { token: string; me: { id: string } };
    tokens[role] = body.token;
    staffIds[role] = body.me.id;
  }
  const id = () => uuidV7(now, ctx.random(10));
  const openShiftOn = async (registerId: string) => {
    const response = await request('POST', '/api/v1/shifts', {
      token: tokens.manager ?? null,
      body: { id: id(), registerId, openedAt: now, openingCount: [{ denomination: 10000, count: 5 }] },
    });
    if (response.status !== 201) throw new Error(`opening a shift answered ${response.status}`);
    return ((await response.json()) as { id: string }).id;
  };
  const shiftId = await openShiftOn(register.id);
  const shift2Id = await openShiftOn(register2.id);
  return {
    app,
    ctx,
    store,
    registerId: register.id,
    register2Id: register2.id,
    shiftId,
    shift2Id,
    tokens: tokens as Record<RoleId, string>,
    staffIds: staffIds as Record<RoleId, string>,
    products,
    tick: (ms) => {
      now += ms;
    },
    id,
    request,
    saleBody: (overrides = {}) => ({
      id: id(),
      registerId: register.id,
      shiftId: overrides.registerId === register2.id ? shift2Id : shiftId,
      createdAt: now,
      lines: [
        { id: id(), productId: products.cola, quantity: 2000, unitPrice: 350, barcode: COLA_BARCODE },
        { id: id(), productId: products.apple, quantity: 350, unitPrice: 1299, barcode: APPLE_LABEL },
        { id: id(), productId: products.bread, quantity: 1000, unitPrice: 850 },
      ],
      tenders: [{ kind: 'cash', amount: 2100 }],
      expectedTotal: 2005,
      ...overrides,
    }),
  };
}

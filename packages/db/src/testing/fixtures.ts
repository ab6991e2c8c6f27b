import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { NewProduct } from '../product-repository';
import { createRegisterRepository } from '../register-repository';
import type { NewSale } from '../sale';
import type { Schema } from '../schema';
import { createStaffRepository } from '../staff-repository';
import { createStoreRepository, type NewStore } from '../store-repository';
import { createTaxClassRepository } from '../tax-class-repository';

/** A store as a Chinese shop would set it up; every code and id is fresh. */
export function newStoreFixture(overrides: Partial<NewStore> = {}): NewStore {
  return {
    id: randomUUID(),
    salesFloorId: randomUUID(),
    code: `S${randomUUID().slice(0, 8)}`,
    name: '测试店',
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
    cashRoundingIncrement: 0,
    cashRoundingMode: 'down',
    scaleBarcodeTemplates: [],
    receiptFooter: null,
    unreceiptedReturnTender: 'cash',
    registerOfflineAlertHours: 24,
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** A piece-priced product with one barcode; every key is fresh. */
export function newProductFixture(taxClassId: string, overrides: Partial<NewProduct> = {}): NewProduct {
  const key = randomUUID().slice(0, 8);
  return {
    id: randomUUID(),
    sku: `SKU-${key}`,
    name: `Product ${key}`,
    categoryId: null,
    unit: 'piece',
    price: 350,
    cost: 200,
    taxClassId,
    trackStock: true,
    plu: null,
    active: true,
    barcodes: [`69${key}`],
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** Ids of the rows {@link seedShop} created. */
export interface ShopFixture {
  storeId: string;
  /** The store's stock location for sales. */
  salesFloorId: string;
  registerId: string;
  roleId: string;
  staffId: string;
  taxClassId: string;
}

/** Creates a store with one register, a cashier role and member, and a 13% tax class. */
export async function seedShop(db: Kysely<Schema>): Promise<ShopFixture> {
  const store = await createStoreRepository(db).create(newStoreFixture());
  const register = await createRegisterRepository(db).create({
    id: randomUUID(),
    storeId: store.id,
    code: '01',
    name: '一号收银台',
    active: true,
    createdAt: store.createdAt,
  });
  const staff = createStaffRepository(db);
  const roleId = `cashier-${randomUUID().slice(0, 8)}`;
  await staff.saveRole({ id: roleId, name: '收银员', permissions: ['sale.create'] });
  const member = await staff.create({
    id: randomUUID(),
    username: `cashier-${randomUUID().slice(0, 8)}`,
    displayName: '小王',
    roleId,
    passwordHash: null,
    pinHash: null,
    active: true,
    createdAt: store.createdAt,
    storeIds: [store.id],
  });
  const taxClassId = randomUUID();
  await createTaxClassRepository(db).create({ id: taxClassId, name: '标准 13%', ratePpm: 130_000 });
  return {
    storeId: store.id,
    salesFloorId: store.salesFloorId,
    registerId: register.id,
    roleId,
    staffId: member.id,
    taxClassId,
  };
}

/** A 2-line sale (cash + card) of the shop's register, with fresh ids; `shiftId` null unless given. */
export function newSaleFixture(
  shop: ShopFixture,
  createdAt: number,
  lineCount = 2,
  shiftId: string | null = null,
): NewSale {
  const id = randomUUID();
  return {
    id,
    storeId: shop.storeId,
    registerId: shop.registerId,
    staffId: shop.staffId,
    receiptNo: `S01-01-${id.slice(0, 8)}`,
    receiptSeq: 1,
    currency: 'CNY',
    subtotal: 1050,
    discountTotal: 50,
    taxTotal: 115,
    netTotal: 885,
    total: 1000,
    cashRounding: 0,
    dueAfterRounding: 1000,
    paidTotal: 1000,
    changeTotal: 0,
    ticketDiscount: { kind: 'percent', ppm: 50_000 },
    createdAt,
    recordedAt: createdAt + 7,
    businessDate: '2024-03-01',
    shiftId,
    training: false,
    requestHash: `hash-${id}`,
    lines: Array.from({ length: lineCount }, (_, i) => ({
      id: randomUUID(),
      lineNo: i + 1,
      productId: randomUUID(),
      sku: `SKU-${i}`,
      name: `苹果 ${i}`,
      unit: 'kg' as const,
      barcode: i === 0 ? '2000001003501' : null,
      quantity: 350,
      unitPrice: 1500,
      gross: 525,
      lineDiscount: 0,
      ticketDiscount: 25,
      amount: 500,
      net: 442,
      tax: 58,
      taxRatePpm: 130_000,
      unitCost: i === 0 ? 900 : null,
      listPrice: null,
      discount: i === 0 ? null : { reason: 'manager' },
    })),
    tenders: [
      {
        id: randomUUID(),
        tenderNo: 1,
        kind: 'cash',
        amount: 600,
        tendered: 1000,
        reference: null,
        brand: null,
        last4: null,
      },
      {
        id: randomUUID(),
        tenderNo: 2,
        kind: 'card',
        amount: 400,
        tendered: 400,
        reference: 'T123',
        brand: 'UnionPay',
        last4: '4321',
      },
    ],
  };
}

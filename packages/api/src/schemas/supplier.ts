import { z } from 'zod';
import { Amount, EpochMs, Quantity, Text, Unit, Uuid } from './common';

/**
 * A supplier (供应商): who the merchant buys goods from, shared by its stores. `leadTimeDays` is
 * how long a delivery takes after ordering (reorder suggestions count on it).
 */
export const Supplier = z
  .object({
    id: Uuid,
    name: z.string(),
    contact: z.string(),
    phone: z.string(),
    email: z.string(),
    leadTimeDays: z.int(),
    note: z.string(),
    active: z.boolean(),
    createdAt: EpochMs,
    updatedAt: EpochMs,
  })
  .meta({ id: 'Supplier' });

const supplierFields = {
  name: Text(1, 60),
  contact: Text(0, 40),
  phone: Text(0, 30).regex(/^[\d\s+()-]*$/, 'a phone number is digits, spaces, + ( ) and -'),
  email: Text(0, 120).refine(
    (email) => email === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email),
    'not an e-mail address',
  ),
  leadTimeDays: z.int().min(0).max(365),
  note: Text(0, 500),
};

export const CreateSupplierBody = z.strictObject({
  ...supplierFields,
  contact: supplierFields.contact.default(''),
  phone: supplierFields.phone.default(''),
  email: supplierFields.email.default(''),
  leadTimeDays: supplierFields.leadTimeDays.default(1),
  note: supplierFields.note.default(''),
});

/** Change a supplier's details, or stop (and resume) buying from it. */
export const UpdateSupplierBody = z
  .strictObject({ ...supplierFields, active: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'change at least one field');

export const SupplierQuery = z.strictObject({
  q: Text(0, 60).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const SupplierList = z.object({ items: z.array(Supplier) });

export const SupplierParams = z.strictObject({ supplierId: Uuid });

export const SupplierProductParams = z.strictObject({ supplierId: Uuid, productId: Uuid });

/**
 * What a supplier sells of a product and on what terms: its own item number, the cost per unit
 * (piece or kg, minor units) and the pack it comes in (thousandths of the unit: a case of 24 is
 * 24000), which orders are made in.
 */
export const SupplierProduct = z
  .object({
    supplierId: Uuid,
    productId: Uuid,
    sku: z.string(),
    name: z.string(),
    unit: Unit,
    supplierSku: z.string(),
    unitCost: z.int(),
    packSize: z.int(),
    updatedAt: EpochMs,
  })
  .meta({ id: 'SupplierProduct' });

export const SupplierProductBody = z.strictObject({
  supplierSku: Text(0, 40).default(''),
  unitCost: Amount,
  packSize: Quantity.default(1000),
});

export const SupplierProductList = z.object({ items: z.array(SupplierProduct) });

export type Supplier = z.infer<typeof Supplier>;
export type SupplierProduct = z.infer<typeof SupplierProduct>;
export type CreateSupplierBody = z.input<typeof CreateSupplierBody>;
export type UpdateSupplierBody = z.input<typeof UpdateSupplierBody>;
export type SupplierProductBody = z.input<typeof SupplierProductBody>;

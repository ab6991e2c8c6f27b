import type { CreateSupplierBody, Supplier, UpdateSupplierBody } from '@kassa/api';
import { createSupplierRepository, type Supplier as KeptSupplier, UniqueViolationError } from '@kassa/db';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';

/** Suppliers by name; `query` finds a name, contact or phone containing it. */
export async function listSuppliers(
  ctx: KassaContext,
  query: { readonly q?: string | undefined; readonly includeInactive?: 'true' | 'false' | undefined },
): Promise<Supplier[]> {
  return createSupplierRepository(ctx.db).list({
    query: query.q,
    includeInactive: query.includeInactive === 'true',
  });
}

/**
 * A supplier, in use or not.
 * @throws HttpError `supplier_not_found`.
 */
export async function getSupplier(ctx: KassaContext, supplierId: string): Promise<KeptSupplier> {
  const supplier = await createSupplierRepository(ctx.db).get(supplierId);
  if (!supplier) throw new HttpError('supplier_not_found');
  return supplier;
}

/**
 * Adds a supplier, in use; audited.
 * @throws HttpError `supplier_name_taken`.
 */
export async function createSupplier(
  ctx: KassaContext,
  auth: AuthSession,
  input: z.output<typeof CreateSupplierBody>,
): Promise<Supplier> {
  return nameTaken(input.name, () =>
    transact(ctx, async (tx) => {
      const now = tx.clock();
      const supplier = await createSupplierRepository(tx.db).create({
        id: newId(tx),
        ...input,
        active: true,
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit(tx, {
        action: 'supplier.created',
        staffId: auth.staffId,
        targetType: 'supplier',
        targetId: supplier.id,
        detail: { name: supplier.name },
      });
      return supplier;
    }),
  );
}

/**
 * Changes a supplier's details, or stops (and resumes) buying from it; audited with what changed.
 * Orders already made keep their supplier either way.
 * @throws HttpError `supplier_not_found`, `supplier_name_taken`.
 */
export async function updateSupplier(
  ctx: KassaContext,
  auth: AuthSession,
  supplierId: string,
  patch: z.output<typeof UpdateSupplierBody>,
): Promise<Supplier> {
  return nameTaken(patch.name, () =>
    transact(ctx, async (tx) => {
      const suppliers = createSupplierRepository(tx.db);
      await getSupplier(tx, supplierId);
      const supplier = await suppliers.update(supplierId, patch, tx.clock());
      if (!supplier) throw new HttpError('supplier_not_found');
      await recordAudit(tx, {
        action: 'supplier.updated',
        staffId: auth.staffId,
        targetType: 'supplier',
        targetId: supplier.id,
        detail: patch,
      });
      return supplier;
    }),
  );
}

async function nameTaken<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueViolationError && error.constraint === 'name') {
      throw new HttpError('supplier_name_taken', { name });
    }
    throw error;
  }
}

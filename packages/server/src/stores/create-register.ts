import type { Register as ApiRegister } from '@kassa/api';
import { createRegisterRepository, UniqueViolationError } from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { toApiRegister } from './register-view';
import { visibleStore } from './visible-store';

/** The code a new register gets when none is given: one above the highest numeric code, two digits at least. */
export function nextRegisterCode(codes: readonly string[]): string {
  const numbers = codes.filter((code) => /^\d+$/.test(code)).map(Number);
  return String(Math.max(0, ...numbers) + 1).padStart(2, '0');
}

/**
 * Adds a register (收银机) to a store, active and unpaired: it sells once a device is paired with
 * it. Its code goes into receipt numbers; a code taken in the store answers `register_code_taken`.
 */
export async function createRegister(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  input: { readonly name: string; readonly code?: string | undefined },
): Promise<ApiRegister> {
  const store = await visibleStore(ctx, auth, storeId);
  try {
    return await transact(ctx, async (tx) => {
      const registers = createRegisterRepository(tx.db);
      const code = input.code ?? nextRegisterCode((await registers.listByStore(store.id)).map((r) => r.code));
      const register = await registers.create({
        id: newId(tx),
        storeId: store.id,
        code,
        name: input.name,
        active: true,
        createdAt: tx.clock(),
      });
      await recordAudit(tx, {
        action: 'register.created',
        staffId: auth.staffId,
        storeId: store.id,
        targetType: 'register',
        targetId: register.id,
        detail: { code, name: input.name },
      });
      return toApiRegister(register);
    });
  } catch (error) {
    if (error instanceof UniqueViolationError && error.constraint === 'code') {
      throw new HttpError('register_code_taken', { code: input.code });
    }
    throw error;
  }
}

import { createRegisterRepository, type Register } from '@kassa/db';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';

/**
 * The register `registerId`, active or not, when the caller may see its store; otherwise 404
 * `register_not_found` (the same answer for both, so other shops' ids cannot be probed).
 */
export async function managedRegister(
  ctx: KassaContext,
  auth: Pick<AuthSession, 'storeIds'>,
  registerId: string,
): Promise<Register> {
  const register = await createRegisterRepository(ctx.db).get(registerId);
  if (!register || !canSeeStore(auth, register.storeId)) throw new HttpError('register_not_found');
  return register;
}

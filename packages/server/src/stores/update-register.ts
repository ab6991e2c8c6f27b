import type { Register as ApiRegister } from '@kassa/api';
import { createRegisterRepository, createSessionRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { managedRegister } from './managed-register';
import { toApiRegister } from './register-view';

/** What changing a register did: the register now, and the PIN sessions disabling it ended. */
export type UpdatedRegister = { readonly register: ApiRegister; readonly endedSessions: readonly string[] };

/**
 * Renames a register, or disables or enables it, each change audited (`register.renamed`,
 * `register.disabled`, `register.enabled`). Disabling ends the PIN sessions bound to it and PIN
 * sign-in there is refused (`register_disabled`) until it is enabled; its device stays paired, and
 * what its outbox still holds waits on the till until it is enabled again (ADR 0007).
 */
export async function updateRegister(
  ctx: KassaContext,
  auth: AuthSession,
  registerId: string,
  patch: { readonly name?: string | undefined; readonly active?: boolean | undefined },
): Promise<UpdatedRegister> {
  const current = await managedRegister(ctx, auth, registerId);
  return transact(ctx, async (tx) => {
    const changes = {
      ...(patch.name !== undefined && patch.name !== current.name ? { name: patch.name } : {}),
      ...(patch.active !== undefined && patch.active !== current.active ? { active: patch.active } : {}),
    };
    const updated = await createRegisterRepository(tx.db).update(current.id, changes);
    if (!updated) throw new HttpError('register_not_found');
    const audit = (action: string, detail: unknown) =>
      recordAudit(tx, {
        action,
        staffId: auth.staffId,
        storeId: current.storeId,
        targetType: 'register',
        targetId: current.id,
        detail,
      });
    if (changes.name !== undefined) await audit('register.renamed', { from: current.name, to: changes.name });
    let endedSessions: string[] = [];
    if (changes.active === false) {
      endedSessions = await createSessionRepository(tx.db).deleteByRegister(current.id);
      await audit('register.disabled', { sessionsEnded: endedSessions.length });
    }
    if (changes.active === true) await audit('register.enabled', {});
    return { register: toApiRegister(updated), endedSessions };
  });
}

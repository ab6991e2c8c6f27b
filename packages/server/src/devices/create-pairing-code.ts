import { PAIRING_CODE_TTL_MS, type PairingCode } from '@kassa/api';
import { createPairingCodeRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { managedRegister } from '../stores/managed-register';
import { newPairingCode, pairingCodeHash } from './pairing-code';

/**
 * A one-time pairing code (配对码) for an active register: 8 digits shown once, valid 15 minutes,
 * only its hash stored. It replaces the register's codes not used yet, so one code is live per
 * register. Audited without the digits.
 */
export async function createPairingCode(
  ctx: KassaContext,
  auth: AuthSession,
  registerId: string,
): Promise<PairingCode> {
  const register = await managedRegister(ctx, auth, registerId);
  if (!register.active) throw new HttpError('register_disabled');
  return transact(ctx, async (tx) => {
    const codes = createPairingCodeRepository(tx.db);
    const now = tx.clock();
    await codes.discardUnused(register.id);
    // Another register's live code may have the same digits (1 in 10^8 per live code): draw again,
    // so a code always names one register.
    let code = newPairingCode(tx.random);
    while (await codes.findLive(pairingCodeHash(code), now)) code = newPairingCode(tx.random);
    const expiresAt = now + PAIRING_CODE_TTL_MS;
    await codes.create({
      id: newId(tx),
      codeHash: pairingCodeHash(code),
      registerId: register.id,
      createdBy: auth.staffId,
      createdAt: now,
      expiresAt,
    });
    await recordAudit(tx, {
      action: 'register.pairing_code_created',
      staffId: auth.staffId,
      storeId: register.storeId,
      targetType: 'register',
      targetId: register.id,
      detail: { expiresAt },
    });
    return { registerId: register.id, code, expiresAt };
  });
}

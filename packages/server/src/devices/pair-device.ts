import type { PairedDevice } from '@kassa/api';
import {
  createDeviceRepository,
  createPairingCodeRepository,
  createRegisterRepository,
  createSessionRepository,
  createStoreRepository,
} from '@kassa/db';
import { recordAudit } from '../audit';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { toApiRegister } from '../stores/register-view';
import { toApiStore } from '../stores/store-view';
import type { AttemptThrottle } from './attempt-throttle';
import { credentialHashOf, isDeviceTokenShape, newDeviceToken } from './device-credential';
import { toApiDevice } from './device-view';
import { pairingCodeHash } from './pairing-code';

/** Wrong codes (of anyone) within a minute after which redeeming is refused for a while. */
export const PAIRING_GUESS_LIMIT = 10;
export const PAIRING_GUESS_WINDOW_MS = 60_000;
/** The throttle key: guesses are counted for the whole server, not per caller. */
const GUESSES = 'pairing-code';

/** A paired device, and the PIN sessions of the device it replaced, which ended. */
export type Paired = PairedDevice & { readonly endedSessions: readonly string[] };

/**
 * Redeems a pairing code: the calling browser becomes the register's device, with a new token
 * answered this once. The register's previous device is revoked (a till replaced) and its PIN
 * sessions end; so is the device the browser itself was until now (`previousToken`: a till moved
 * to another register), since a browser is one device at a time. Single use, even for two browsers racing with the same code. A wrong, expired or
 * used code answers `pairing_code_invalid`; after {@link PAIRING_GUESS_LIMIT} of those in a
 * minute every attempt is refused with 429 for a while, so the 10^8 codes cannot be tried out.
 * Audited as done by whoever created the code.
 */
export async function pairDevice(
  ctx: KassaContext,
  input: { readonly code: string; readonly name: string; readonly previousToken: string | null },
  guesses: AttemptThrottle,
): Promise<Paired> {
  const guess = guesses.attempt(GUESSES);
  const codeHash = pairingCodeHash(input.code);
  const live = await createPairingCodeRepository(ctx.db).findLive(codeHash, ctx.clock());
  if (!live) throw new HttpError('pairing_code_invalid');
  guess.succeeded();
  return transact(ctx, async (tx) => {
    const now = tx.clock();
    const register = await createRegisterRepository(tx.db).get(live.registerId);
    const store = register && (await createStoreRepository(tx.db).get(register.storeId));
    if (!register || !store) throw new HttpError('pairing_code_invalid');
    if (!register.active) throw new HttpError('register_disabled');
    const devices = createDeviceRepository(tx.db);
    const sessions = createSessionRepository(tx.db);
    const token = newDeviceToken(tx.random);
    const device = await devices.create({
      id: newId(tx),
      registerId: register.id,
      credentialHash: credentialHashOf(token),
      name: input.name,
      pairedAt: now,
      pairedBy: live.createdBy,
    });
    if (!(await createPairingCodeRepository(tx.db).use(live.id, now, device.id))) {
      // Another browser redeemed it a moment ago: this one is not paired (the transaction rolls back).
      throw new HttpError('pairing_code_invalid');
    }
    const audit = (action: string, where: { id: string; storeId: string }, detail: unknown) =>
      recordAudit(tx, {
        action,
        staffId: live.createdBy,
        storeId: where.storeId,
        targetType: 'register',
        targetId: where.id,
        detail,
      });
    const endedSessions: string[] = [];
    const replaced = (await devices.listLive(register.id)).filter((d) => d.id !== device.id);
    const previous =
      input.previousToken !== null && isDeviceTokenShape(input.previousToken)
        ? await devices.getByCredential(credentialHashOf(input.previousToken))
        : undefined;
    const moved =
      previous && previous.revokedAt === null && previous.registerId !== register.id ? [previous] : [];
    for (const old of [...replaced, ...moved]) {
      await devices.revoke(old.id, now, live.createdBy);
      endedSessions.push(...(await sessions.deleteByDevice(old.id, old.registerId)));
      const oldRegister = (await createRegisterRepository(tx.db).get(old.registerId)) ?? register;
      await audit('device.revoked', oldRegister, {
        deviceId: old.id,
        reason: old.registerId === register.id ? 'replaced' : 'paired_elsewhere',
        replacedBy: device.id,
        pending: old.outboxPending,
      });
    }
    await audit('device.paired', register, {
      deviceId: device.id,
      name: device.name,
      replaced: replaced.map((d) => d.id),
    });
    return {
      token,
      device: toApiDevice(device),
      store: toApiStore(store),
      register: toApiRegister(register),
      endedSessions,
    };
  });
}

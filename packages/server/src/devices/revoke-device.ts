import type { Device as ApiDevice } from '@kassa/api';
import { createDeviceRepository, createRegisterRepository, createSessionRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { toApiDevice } from './device-view';

/** A revoked device, and the PIN sessions revoking it ended. */
export type Revoked = { readonly device: ApiDevice; readonly endedSessions: readonly string[] };

/**
 * Revokes a device (吊销): its PIN sessions end at once, PIN sign-in and heartbeats from it are
 * refused (`device_revoked`), and the register needs pairing again. The register keeps its outbox:
 * its unsent sales stay on it to be exported (or sent after pairing again). Audited with how many
 * sales it had not uploaded. Revoking a revoked device changes nothing.
 */
export async function revokeDevice(ctx: KassaContext, auth: AuthSession, deviceId: string): Promise<Revoked> {
  const device = await createDeviceRepository(ctx.db).get(deviceId);
  const register = device && (await createRegisterRepository(ctx.db).get(device.registerId));
  if (!device || !register || !canSeeStore(auth, register.storeId)) throw new HttpError('device_not_found');
  if (device.revokedAt !== null) return { device: toApiDevice(device), endedSessions: [] };
  return transact(ctx, async (tx) => {
    const revoked = await createDeviceRepository(tx.db).revoke(device.id, tx.clock(), auth.staffId);
    if (!revoked) throw new HttpError('device_not_found');
    const endedSessions = await createSessionRepository(tx.db).deleteByDevice(device.id, device.registerId);
    await recordAudit(tx, {
      action: 'device.revoked',
      staffId: auth.staffId,
      storeId: register.storeId,
      targetType: 'register',
      targetId: register.id,
      detail: { deviceId: device.id, pending: device.outboxPending, sessionsEnded: endedSessions.length },
    });
    return { device: toApiDevice(revoked), endedSessions };
  });
}

import { createDeviceRepository, type Device } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { credentialHashOf, isDeviceTokenShape } from './device-credential';

/**
 * The live device a request's token (`X-Kassa-Device`) stands for, read from the database each
 * time so a revocation counts at once.
 * @throws HttpError `device_not_paired` without a token or for one the server does not know (never
 *   issued, or issued by a database since restored from an older backup); `device_revoked`.
 */
export async function pairedDevice(ctx: KassaContext, token: string | null): Promise<Device> {
  const device =
    token !== null && isDeviceTokenShape(token)
      ? await createDeviceRepository(ctx.db).getByCredential(credentialHashOf(token))
      : undefined;
  if (!device) throw new HttpError('device_not_paired');
  if (device.revokedAt !== null) throw new HttpError('device_revoked');
  return device;
}

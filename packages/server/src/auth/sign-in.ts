import type { ErrorCode, Me } from '@kassa/api';
import {
  createRegisterRepository,
  createSessionRepository,
  createStaffRepository,
  type StaffMember,
} from '@kassa/db';
import { recordAudit } from '../audit';
import type { AttemptThrottle } from '../devices/attempt-throttle';
import { pairedDevice } from '../devices/paired-device';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { describeStaff } from './describe-me';
import { verifySecret } from './secret-hash';
import { LOCKOUT_MS, MAX_FAILED_LOGINS, SESSION_TTL_MS } from './session-policy';
import { newSessionToken, sessionIdOf } from './session-token';

/** A new session: the bearer token (shown once, never stored) and who it signs in. */
export type SignedIn = {
  readonly token: string;
  readonly sessionId: string;
  readonly expiresAt: number;
  readonly me: Me;
};

/**
 * Signs in with user name and password. A wrong user name and a wrong password give the same
 * `invalid_credentials` after the same argon2 work; the fifth failure in a row locks the account
 * for five minutes (`account_locked`).
 */
export async function signInWithPassword(
  ctx: KassaContext,
  input: { readonly username: string; readonly password: string },
): Promise<SignedIn> {
  const staff = await createStaffRepository(ctx.db).getByUsername(input.username);
  const member = await verifyWithLockout(
    ctx,
    input.username,
    staff,
    staff?.passwordHash ?? null,
    input.password,
    {
      method: 'password',
      failure: 'invalid_credentials',
    },
  );
  return startSession(ctx, member, { registerId: null, deviceId: null }, 'password');
}

/** The device a PIN sign-in comes from, and the per-device count of wrong PINs. */
export type PinDevice = { readonly token: string | null; readonly wrongPins: AttemptThrottle };

/**
 * Signs in on a register with a PIN, only from the register's paired device (DESIGN.md §6): the
 * session is bound to the register and remembers the device, so revoking the device ends it. A
 * register the staff member may not work at answers `register_not_found`, as if it did not exist
 * for them.
 * @throws HttpError `device_not_paired` (no device token, or one paired to another register),
 *   `device_revoked`, `register_disabled`, `invalid_pin`, `account_locked`, and 429 `rate_limited`
 *   after too many wrong PINs on the device.
 */
export async function signInWithPin(
  ctx: KassaContext,
  input: { readonly registerId: string; readonly username: string; readonly pin: string },
  from: PinDevice,
): Promise<SignedIn> {
  const register = await createRegisterRepository(ctx.db).get(input.registerId);
  if (!register) throw new HttpError('register_not_found');
  const device = await pairedDevice(ctx, from.token);
  if (device.registerId !== register.id) throw new HttpError('device_not_paired');
  if (!register.active) throw new HttpError('register_disabled');
  const pinTry = from.wrongPins.attempt(device.id);
  const staff = await createStaffRepository(ctx.db).getByUsername(input.username);
  const member = await verifyWithLockout(ctx, input.username, staff, staff?.pinHash ?? null, input.pin, {
    method: 'pin',
    failure: 'invalid_pin',
  }).catch((error: unknown) => {
    // Only a wrong PIN counts against the device (a locked account is counted by the lockout).
    if (!(error instanceof HttpError && error.code === 'invalid_pin')) pinTry.succeeded();
    throw error;
  });
  pinTry.succeeded();
  if (member.roleId !== 'owner' && !member.storeIds.includes(register.storeId)) {
    throw new HttpError('register_not_found');
  }
  return startSession(ctx, member, { registerId: register.id, deviceId: device.id }, 'pin');
}

/** Ends a session. */
export async function signOut(ctx: KassaContext, sessionId: string): Promise<void> {
  await createSessionRepository(ctx.db).delete(sessionId);
}

/**
 * Checks a staff member's password or PIN (argon2), counting failures and locking the account
 * after too many, as signing in does; answers the member when it matches.
 * @throws HttpError `how.failure` or `account_locked`.
 */
export async function verifyWithLockout(
  ctx: KassaContext,
  username: string,
  staff: StaffMember | undefined,
  storedHash: string | null,
  secret: string,
  how: { readonly method: 'password' | 'pin'; readonly failure: ErrorCode },
): Promise<StaffMember> {
  const repository = createStaffRepository(ctx.db);
  const now = ctx.clock();
  if (staff?.lockedUntil != null) {
    if (staff.lockedUntil > now) throw new HttpError('account_locked', { retryAt: staff.lockedUntil });
    // The lock ran out: count afresh rather than locking again on the next slip.
    await repository.resetFailedLogins(staff.id);
  }
  const matches = await verifySecret(staff?.active ? storedHash : null, secret);
  if (staff?.active && matches) {
    if (staff.failedLogins > 0) await repository.resetFailedLogins(staff.id);
    return staff;
  }
  const detail = { username, method: how.method };
  await recordAudit(ctx, { action: 'auth.login_failed', staffId: staff?.id ?? null, detail });
  if (staff) {
    const failures = await repository.recordFailedLogin(staff.id);
    if (failures >= MAX_FAILED_LOGINS) {
      const until = now + LOCKOUT_MS;
      await repository.lockUntil(staff.id, until);
      await recordAudit(ctx, { action: 'auth.locked', staffId: staff.id, detail: { ...detail, until } });
      throw new HttpError('account_locked', { retryAt: until });
    }
  }
  throw new HttpError(how.failure);
}

async function startSession(
  ctx: KassaContext,
  staff: StaffMember,
  where: { readonly registerId: string | null; readonly deviceId: string | null },
  method: 'password' | 'pin',
): Promise<SignedIn> {
  const { registerId, deviceId } = where;
  const now = ctx.clock();
  const token = newSessionToken(ctx.random);
  const sessionId = sessionIdOf(token);
  const expiresAt = now + SESSION_TTL_MS;
  const sessions = createSessionRepository(ctx.db);
  await sessions.deleteExpired(now);
  await sessions.create({
    id: sessionId,
    staffId: staff.id,
    registerId,
    deviceId,
    createdAt: now,
    expiresAt,
  });
  await recordAudit(ctx, {
    action: 'auth.login',
    staffId: staff.id,
    targetType: registerId === null ? undefined : 'register',
    targetId: registerId ?? undefined,
    detail: deviceId === null ? { method } : { method, deviceId },
  });
  const me = await describeStaff(ctx, staff, registerId);
  return { token, sessionId, expiresAt, me };
}

import { PERMISSIONS, type Permission } from '@kassa/api';
import { createSessionRepository, createStaffRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import type { AuthSession } from './auth-session';
import { SESSION_CACHE_MS, SESSION_TOUCH_INTERVAL_MS, SESSION_TTL_MS } from './session-policy';
import { isSessionTokenShape, sessionIdOf } from './session-token';

/** Resolves bearer tokens to sessions, with a short in-memory cache so the hot path does not hit the database. */
export type Authenticator = {
  /**
   * The session a token stands for, or null when it is unknown, expired or its staff member inactive.
   * A use of the session: its expiry slides (written at most once a minute).
   */
  resolve(token: string): Promise<AuthSession | null>;
  /**
   * The session as the database has it now (its staff member's role, permissions and stores), or
   * null as for {@link resolve}; not a use of it: the expiry does not slide, and the cache is
   * neither read nor filled. For a long-lived connection checking that its session still holds.
   */
  peek(token: string): Promise<AuthSession | null>;
  /** Drops a session from the cache (after logout). */
  forget(sessionId: string): void;
};

type Cached = { readonly session: AuthSession; readonly until: number; lastTouched: number };

const KNOWN_PERMISSIONS = new Set<string>(PERMISSIONS);
/** Bounds memory: past this many cached sessions the cache starts over. */
const MAX_CACHED = 10_000;

/**
 * Creates the authenticator. QUIRK(session-cache): with several server processes a logout is seen
 * by the other processes only after {@link SESSION_CACHE_MS}; that window is accepted for a
 * lookup-free hot path.
 */
export function createAuthenticator(ctx: KassaContext): Authenticator {
  const cache = new Map<string, Cached>();

  async function load(sessionId: string, now: number): Promise<Cached | null> {
    const session = await createSessionRepository(ctx.db).get(sessionId);
    if (!session || session.expiresAt <= now) return null;
    const staffRepository = createStaffRepository(ctx.db);
    const staff = await staffRepository.get(session.staffId);
    if (!staff?.active) return null;
    const permissions = await staffRepository.listPermissions(staff.roleId);
    return {
      session: {
        sessionId,
        staffId: staff.id,
        username: staff.username,
        displayName: staff.displayName,
        roleId: staff.roleId,
        permissions: new Set(permissions.filter((p): p is Permission => KNOWN_PERMISSIONS.has(p))),
        storeIds: staff.roleId === 'owner' ? null : new Set(staff.storeIds),
        registerId: session.registerId,
        expiresAt: session.expiresAt,
      },
      until: now + SESSION_CACHE_MS,
      lastTouched: session.lastSeenAt,
    };
  }

  return {
    async resolve(token) {
      if (!isSessionTokenShape(token)) return null;
      const sessionId = sessionIdOf(token);
      const now = ctx.clock();
      let entry = cache.get(sessionId);
      if (!entry || entry.until <= now || entry.session.expiresAt <= now) {
        cache.delete(sessionId);
        const loaded = await load(sessionId, now);
        if (!loaded) return null;
        if (cache.size >= MAX_CACHED) cache.clear();
        cache.set(sessionId, loaded);
        entry = loaded;
      }
      if (now - entry.lastTouched >= SESSION_TOUCH_INTERVAL_MS) {
        // Slide the expiry, but write at most once a minute per session: reads stay read-only.
        entry.lastTouched = now;
        const expiresAt = now + SESSION_TTL_MS;
        await createSessionRepository(ctx.db).touch(sessionId, now, expiresAt);
        entry = { ...entry, session: { ...entry.session, expiresAt } };
        cache.set(sessionId, entry);
      }
      return entry.session;
    },
    async peek(token) {
      if (!isSessionTokenShape(token)) return null;
      return (await load(sessionIdOf(token), ctx.clock()))?.session ?? null;
    },
    forget(sessionId) {
      cache.delete(sessionId);
    },
  };
}

import { ROLE_PERMISSIONS, ROLES, type RoleId, type RouteDef, routes } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/test-fixture';

/** Whether a role may call a route, straight from the permission table: the test's only oracle. */
function allowed(route: RouteDef, role: RoleId): boolean {
  if (route.access === 'public' || route.access === 'authenticated') return true;
  return ROLE_PERMISSIONS[role].includes(route.access);
}

// Logout ends the session the other checks use, so it goes last.
const entries = Object.entries(routes as Record<string, RouteDef>).sort(([a], [b]) =>
  a === 'logout' ? 1 : b === 'logout' ? -1 : 0,
);

describeEachDialect(
  'route access',
  (getDb) => {
    let f: Fixture;
    beforeAll(async () => {
      f = await createFixture(getDb());
    });

    const pathOf = (route: RouteDef) =>
      route.path.replace('{storeId}', f.store.id).replace('{id}', '01890a5d-ac96-774b-bcce-b302099a8057');

    it('has a route table worth walking', () => {
      expect(entries.length).toBeGreaterThanOrEqual(20);
    });

    it.each(entries)('%s: anonymous gets 401 unless public', async (_id, route) => {
      const response = await f.request(route.method, pathOf(route), route.body ? { body: {} } : {});
      const body = response.status === 204 ? null : ((await response.json()) as { error?: { code: string } });
      if (route.access === 'public') expect(response.status).not.toBe(401);
      else expect([response.status, body?.error?.code]).toEqual([401, 'unauthenticated']);
    });

    it.each(ROLES)('every route decides for %s exactly as ROLE_PERMISSIONS says', async (role) => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const [id, route] of entries) {
        const response = await f.request(route.method, pathOf(route), {
          token: f.tokens[role],
          ...(route.body ? { body: {} } : {}),
        });
        const code =
          response.status === 403
            ? ((await response.json()) as { error: { code: string } }).error.code
            : null;
        // Any answer but 401/403 means the request got past authorization (it may still be a 400 or 404).
        outcomes.push(
          `${id}: ${code === 'forbidden' ? 'denied' : response.status === 401 ? '401' : 'allowed'}`,
        );
        expected.push(`${id}: ${allowed(route, role) ? 'allowed' : 'denied'}`);
        expect(response.status, `${role} ${id}`).toBeLessThan(500);
      }
      expect(outcomes).toEqual(expected);
    });
  },
  { dialects: ['sqlite'] },
);

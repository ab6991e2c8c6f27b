import type { Permission } from '@kassa/api';

/** Who is calling, as resolved from a session token: what every guarded route is checked against. */
export type AuthSession = {
  /** SHA-256 hex of the token. */
  readonly sessionId: string;
  readonly staffId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roleId: string;
  readonly permissions: ReadonlySet<Permission>;
  /** The stores this user may see; `null` means every store (the owner). */
  readonly storeIds: ReadonlySet<string> | null;
  /** The register a PIN session is bound to; sales may only be made there. */
  readonly registerId: string | null;
  readonly expiresAt: number;
};

/** Store scoping: the owner sees every store, everyone else the stores they are assigned to. */
export function canSeeStore(auth: Pick<AuthSession, 'storeIds'>, storeId: string): boolean {
  return auth.storeIds === null || auth.storeIds.has(storeId);
}

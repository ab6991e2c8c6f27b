import { isUuid } from '@kassa/core';

/**
 * Where a register's pull of one store's catalogue stands. `seq` is an event seq: every catalogue
 * change up to it is in the register's copy (for a snapshot: will be, once the snapshot ends,
 * because it was read before the snapshot's first row). A snapshot also says after which product
 * id (in id order) it continues.
 */
export type SyncPosition =
  | { readonly kind: 'delta'; readonly storeId: string; readonly seq: number }
  | { readonly kind: 'snapshot'; readonly storeId: string; readonly seq: number; readonly afterId: string };

const VERSION = 1;

/** The opaque cursor text of a position: base64url JSON, versioned so its shape may change later. */
export function encodeSyncCursor(position: SyncPosition): string {
  const fields = { v: VERSION, s: position.storeId, q: position.seq };
  const json = JSON.stringify(position.kind === 'snapshot' ? { ...fields, a: position.afterId } : fields);
  return Buffer.from(json).toString('base64url');
}

/** The position a cursor made by {@link encodeSyncCursor} stands for; null for anything else. */
export function decodeSyncCursor(cursor: string): SyncPosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { v, s, q, a } = value as Record<string, unknown>;
  if (v !== VERSION || typeof s !== 'string' || !isUuid(s)) return null;
  if (typeof q !== 'number' || !Number.isSafeInteger(q) || q < 0) return null;
  if (a === undefined) return { kind: 'delta', storeId: s, seq: q };
  // A forged id must never reach the keyset query unchecked (PostgreSQL answers a NUL with a 500).
  if (typeof a !== 'string' || !isUuid(a)) return null;
  return { kind: 'snapshot', storeId: s, seq: q, afterId: a };
}

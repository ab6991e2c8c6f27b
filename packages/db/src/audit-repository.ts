import type { Kysely } from 'kysely';
import { fromJsonText, toNullableJsonText } from './json-text';
import type { Schema } from './schema';

/** Who did what restricted or administrative thing, when. */
export interface AuditRecord {
  id: string;
  at: number;
  staffId: string | null;
  storeId: string | null;
  /** e.g. 'refund.approved', 'staff.created'. */
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** Parsed JSON (e.g. who approved), or null. */
  detail: unknown;
}

/** Where a page of audit records ended: pass it back as `before` for the next (older) page. */
export interface AuditCursor {
  at: number;
  id: string;
}

/** Options of {@link AuditRepository.list}. */
export interface AuditListing {
  /** Page size, 1 to 500. */
  limit: number;
  before?: AuditCursor;
  storeId?: string;
  staffId?: string;
}

/** One page of audit records, newest first. */
export interface AuditPage {
  items: AuditRecord[];
  /** Undefined on the last page. */
  next: AuditCursor | undefined;
}

/** The append-only audit log. */
export interface AuditRepository {
  record(entry: AuditRecord): Promise<void>;
  list(listing: AuditListing): Promise<AuditPage>;
}

const maxPageSize = 500;

/** Audit log on `db`, which may be a transaction. */
export function createAuditRepository(db: Kysely<Schema>): AuditRepository {
  return {
    async record(entry) {
      await db
        .insertInto('audit_log')
        .values({
          id: entry.id,
          at: entry.at,
          staff_id: entry.staffId,
          store_id: entry.storeId,
          action: entry.action,
          target_type: entry.targetType,
          target_id: entry.targetId,
          detail: toNullableJsonText(entry.detail),
        })
        .execute();
    },
    async list(listing) {
      const limit = Math.min(Math.max(Math.trunc(listing.limit), 1), maxPageSize);
      const { before, storeId, staffId } = listing;
      let select = db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (storeId !== undefined) select = select.where('store_id', '=', storeId);
      if (staffId !== undefined) select = select.where('staff_id', '=', staffId);
      if (before) {
        select = select.where((eb) =>
          eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]),
        );
      }
      const rows = await select.execute();
      const items = rows.slice(0, limit).map(
        (row): AuditRecord => ({
          id: row.id,
          at: row.at,
          staffId: row.staff_id,
          storeId: row.store_id,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          detail: fromJsonText(row.detail),
        }),
      );
      const last = items.at(-1);
      return { items, next: rows.length > limit && last ? { at: last.at, id: last.id } : undefined };
    },
  };
}

import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, toJsonText } from './json-text';
import type { Schema, ZReportsTable } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A register's end-of-day report (日结 / Z). */
export interface ZReport {
  id: string;
  storeId: string;
  registerId: string;
  /** 1, 2, 3… per register. */
  zNo: number;
  businessDate: string;
  takenBy: string;
  takenAt: number;
  /** The report as frozen when taken (core `ClosedShiftSummary` over its shifts). */
  summary: unknown;
}

/** 'id' for a replayed id, 'business_date' when the register's day already has its Z report. */
export type ZReportUniqueConstraint = 'id' | 'business_date' | 'z_no';

export interface ZReportRepository {
  /** The number the register's next Z report gets. */
  nextNo(registerId: string): Promise<number>;
  /** The business date of the register's latest Z report, if it has one. */
  lastBusinessDate(registerId: string): Promise<string | undefined>;
  /** Records a Z report; throws `UniqueViolationError<ZReportUniqueConstraint>`. */
  insert(report: ZReport): Promise<void>;
  get(id: string): Promise<ZReport | undefined>;
  /** A store's Z reports, newest first (at most 200). */
  listByStore(storeId: string): Promise<ZReport[]>;
}

const constraints = {
  z_reports_pkey: 'id',
  z_reports_register_date_unique: 'business_date',
  z_reports_register_no_unique: 'z_no',
} as const satisfies Record<string, ZReportUniqueConstraint>;

/** Z reports on `db`, which may be a transaction. */
export function createZReportRepository(db: Kysely<Schema>): ZReportRepository {
  return {
    async nextNo(registerId) {
      const row = await db
        .selectFrom('z_reports')
        .where('register_id', '=', registerId)
        .select((eb) => eb.fn.coalesce(eb.fn.max<number>('z_no'), eb.lit(0)).as('last'))
        .executeTakeFirstOrThrow();
      return row.last + 1;
    },
    async lastBusinessDate(registerId) {
      const row = await db
        .selectFrom('z_reports')
        .where('register_id', '=', registerId)
        .select((eb) => eb.fn.max<string>('business_date').as('last'))
        .executeTakeFirst();
      return row?.last ?? undefined;
    },
    insert: (report) =>
      translateUniqueViolation(constraints, async () => {
        await db
          .insertInto('z_reports')
          .values({
            id: report.id,
            store_id: report.storeId,
            register_id: report.registerId,
            z_no: report.zNo,
            business_date: report.businessDate,
            taken_by: report.takenBy,
            taken_at: report.takenAt,
            summary_json: toJsonText(report.summary),
          })
          .execute();
      }),
    async get(id) {
      const row = await db.selectFrom('z_reports').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toZReport(row);
    },
    async listByStore(storeId) {
      const rows = await db
        .selectFrom('z_reports')
        .selectAll()
        .where('store_id', '=', storeId)
        .orderBy('taken_at', 'desc')
        .orderBy('id', 'desc')
        .limit(200)
        .execute();
      return rows.map(toZReport);
    },
  };
}

function toZReport(row: Selectable<ZReportsTable>): ZReport {
  return {
    id: row.id,
    storeId: row.store_id,
    registerId: row.register_id,
    zNo: row.z_no,
    businessDate: row.business_date,
    takenBy: row.taken_by,
    takenAt: row.taken_at,
    summary: fromJsonText(row.summary_json),
  };
}

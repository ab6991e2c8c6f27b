import type { Kysely } from 'kysely';
import { toJsonText } from './json-text';
import type { Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A line as it stood when voided. */
export interface VoidedLine {
  lineId: string;
  productId: string;
  quantity: number;
  unitPrice: number;
  /** Gross value: round(unit price × quantity). */
  amount: number;
}

/** A void before payment (see `VoidsTable`). */
export interface Void {
  id: string;
  kind: 'line' | 'ticket';
  ticketId: string;
  storeId: string;
  registerId: string;
  shiftId: string;
  staffId: string;
  at: number;
  lines: VoidedLine[];
  reason: string;
}

/** A shift's voids, summed. */
export interface VoidSums {
  lines: number;
  lineAmount: number;
  tickets: number;
  ticketAmount: number;
}

/** Voids of lines and tickets. */
export interface VoidRepository {
  /** Records voids; throws `UniqueViolationError<'id'>` when one is already recorded. */
  insert(voids: readonly Void[]): Promise<void>;
  /** The ticket void `id`, if recorded. */
  getTicketVoid(id: string): Promise<Void | undefined>;
  sums(shiftId: string): Promise<VoidSums>;
}

/** Voids on `db`, which may be a transaction. */
export function createVoidRepository(db: Kysely<Schema>): VoidRepository {
  return {
    insert: (voids) =>
      translateUniqueViolation({ voids_pkey: 'id' } as const, async () => {
        if (voids.length === 0) return;
        await db
          .insertInto('voids')
          .values(
            voids.map((v) => ({
              id: v.id,
              kind: v.kind,
              ticket_id: v.ticketId,
              store_id: v.storeId,
              register_id: v.registerId,
              shift_id: v.shiftId,
              staff_id: v.staffId,
              at: v.at,
              line_count: v.lines.length,
              amount: v.lines.reduce((sum, line) => sum + line.amount, 0),
              lines_json: toJsonText(v.lines),
              reason: v.reason,
            })),
          )
          .execute();
      }),
    async getTicketVoid(id) {
      const row = await db
        .selectFrom('voids')
        .selectAll()
        .where('id', '=', id)
        .where('kind', '=', 'ticket')
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        kind: row.kind,
        ticketId: row.ticket_id,
        storeId: row.store_id,
        registerId: row.register_id,
        shiftId: row.shift_id,
        staffId: row.staff_id,
        at: row.at,
        lines: JSON.parse(row.lines_json) as VoidedLine[],
        reason: row.reason,
      };
    },
    async sums(shiftId) {
      const rows = await db
        .selectFrom('voids')
        .where('shift_id', '=', shiftId)
        .groupBy('kind')
        .select((eb) => [
          'kind',
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>('line_count'), eb.lit(0)).as('lines'),
          eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('amount'),
        ])
        .execute();
      const line = rows.find((row) => row.kind === 'line');
      const ticket = rows.find((row) => row.kind === 'ticket');
      return {
        lines: line?.count ?? 0,
        lineAmount: line?.amount ?? 0,
        tickets: ticket?.count ?? 0,
        ticketAmount: ticket?.amount ?? 0,
      };
    },
  };
}

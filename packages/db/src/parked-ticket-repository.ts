import type { Kysely, Selectable } from 'kysely';
import { toJsonText } from './json-text';
import type { ParkedTicketsTable, Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A parked ticket; `ticket` is whatever the register parked (validated at the API edge). */
export interface ParkedTicket {
  id: string;
  storeId: string;
  registerId: string;
  staffId: string;
  parkedAt: number;
  note: string;
  total: number;
  ticket: unknown;
}

/** Parked tickets (挂单). */
export interface ParkedTicketRepository {
  /** Parks a ticket; throws `UniqueViolationError<'id'>` when it is parked already. */
  insert(ticket: ParkedTicket): Promise<void>;
  get(id: string): Promise<ParkedTicket | undefined>;
  /** A store's parked tickets, oldest first (at most 200). */
  listByStore(storeId: string): Promise<ParkedTicket[]>;
  /** Removes and returns the ticket: of two registers resuming it at once, one gets it. */
  take(id: string): Promise<ParkedTicket | undefined>;
}

/** Parked tickets on `db`, which may be a transaction. */
export function createParkedTicketRepository(db: Kysely<Schema>): ParkedTicketRepository {
  return {
    insert: (ticket) =>
      translateUniqueViolation({ parked_tickets_pkey: 'id' } as const, async () => {
        await db
          .insertInto('parked_tickets')
          .values({
            id: ticket.id,
            store_id: ticket.storeId,
            register_id: ticket.registerId,
            staff_id: ticket.staffId,
            parked_at: ticket.parkedAt,
            note: ticket.note,
            total: ticket.total,
            ticket_json: toJsonText(ticket.ticket),
          })
          .execute();
      }),
    async get(id) {
      const row = await db.selectFrom('parked_tickets').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toParkedTicket(row);
    },
    async listByStore(storeId) {
      const rows = await db
        .selectFrom('parked_tickets')
        .selectAll()
        .where('store_id', '=', storeId)
        .orderBy('parked_at')
        .orderBy('id')
        .limit(200)
        .execute();
      return rows.map(toParkedTicket);
    },
    async take(id) {
      const row = await db
        .deleteFrom('parked_tickets')
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toParkedTicket(row);
    },
  };
}

function toParkedTicket(row: Selectable<ParkedTicketsTable>): ParkedTicket {
  return {
    id: row.id,
    storeId: row.store_id,
    registerId: row.register_id,
    staffId: row.staff_id,
    parkedAt: row.parked_at,
    note: row.note,
    total: row.total,
    ticket: JSON.parse(row.ticket_json),
  };
}

import type { Kysely, Selectable } from 'kysely';
import { prepareQuery } from './prepared-query';
import type { RegistersTable, Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A till (收银台) of a store; its code is the middle part of receipt numbers. */
export interface Register {
  id: string;
  storeId: string;
  /** Unique within the store, e.g. '01'. */
  code: string;
  name: string;
  /** The receipt sequence number the next sale will take. */
  nextReceiptSeq: number;
  /** The training receipt sequence number the next training sale will take. */
  nextTrainingSeq: number;
  active: boolean;
  /** In training mode: its sales are training sales. */
  training: boolean;
  /** Its receipt printer, or null when receipts print through the browser. */
  printer: Printer | null;
  /** The store-local times ('HH:MM', ascending) its shifts are handed over at (自动交班). */
  handoverTimes: string[];
  createdAt: number;
}

/** A receipt printer the server prints to: raw TCP (port 9100) or a device path (USB: /dev/usb/lp0). */
export type Printer =
  | { kind: 'network'; host: string; port: number; paper: '58' | '80' }
  | { kind: 'device'; path: string; paper: '58' | '80' };

/** What creating a register needs. */
export interface NewRegister {
  id: string;
  storeId: string;
  code: string;
  name: string;
  active: boolean;
  createdAt: number;
}

/** Register repository; `create`/`update` throw `UniqueViolationError<'code'>` on a code taken in the store. */
export interface RegisterRepository {
  create(register: NewRegister): Promise<Register>;
  get(id: string): Promise<Register | undefined>;
  /** The store's registers by code. */
  listByStore(storeId: string): Promise<Register[]>;
  update(
    id: string,
    patch: Partial<Pick<Register, 'code' | 'name' | 'active' | 'training' | 'printer' | 'handoverTimes'>>,
  ): Promise<Register | undefined>;
  /**
   * Takes the register's next receipt sequence number (the training one for a training sale),
   * atomically, and says whether the register is in training mode at that moment: two concurrent
   * callers never get the same number, and a rolled-back transaction gives its number back. One
   * statement, whose row lock serializes the register's sales until commit. Throws when the
   * register does not exist.
   */
  takeReceiptSeq(registerId: string, training?: boolean): Promise<{ seq: number; training: boolean }>;
  /**
   * Records that the register numbered a receipt `seq` itself (offline, from its own durable
   * sequence): the server's next number moves past it, never back. Locks the row like
   * `takeReceiptSeq` and says whether the register is in training mode.
   */
  claimReceiptSeq(registerId: string, seq: number, training?: boolean): Promise<{ training: boolean }>;
  /**
   * Locks the register's row until the transaction ends, as taking a receipt number does: a shift
   * close or cash movement then never interleaves with a sale of the same register.
   */
  lock(registerId: string): Promise<void>;
}

const uniqueConstraints = { registers_store_code_unique: 'code', registers_pkey: 'id' } as const;

// One statement each: the row lock it takes serializes concurrent callers until commit.
const takeSeqWithModeQuery = prepareQuery((db, params: { registerId: string }) =>
  db
    .updateTable('registers')
    .set((eb) => ({ next_receipt_seq: eb('next_receipt_seq', '+', 1) }))
    .where('id', '=', params.registerId)
    .returning(['next_receipt_seq as seq', 'training']),
);
const takeTrainingSeqQuery = prepareQuery((db, params: { registerId: string }) =>
  db
    .updateTable('registers')
    .set((eb) => ({ next_training_seq: eb('next_training_seq', '+', 1) }))
    .where('id', '=', params.registerId)
    .returning(['next_training_seq as seq', 'training']),
);

const claimSeqQuery = prepareQuery((db, params: { registerId: string; seq: number; next: number }) =>
  db
    .updateTable('registers')
    .set((eb) => ({
      next_receipt_seq: eb
        .case()
        .when('next_receipt_seq', '>', params.seq)
        .then(eb.ref('next_receipt_seq'))
        .else(params.next)
        .end(),
    }))
    .where('id', '=', params.registerId)
    .returning('training'),
);
const claimTrainingSeqQuery = prepareQuery((db, params: { registerId: string; seq: number; next: number }) =>
  db
    .updateTable('registers')
    .set((eb) => ({
      next_training_seq: eb
        .case()
        .when('next_training_seq', '>', params.seq)
        .then(eb.ref('next_training_seq'))
        .else(params.next)
        .end(),
    }))
    .where('id', '=', params.registerId)
    .returning('training'),
);

/** Registers on `db`, which may be a transaction. */
export function createRegisterRepository(db: Kysely<Schema>): RegisterRepository {
  const repository: RegisterRepository = {
    async create(register) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('registers')
          .values({
            id: register.id,
            store_id: register.storeId,
            code: register.code,
            name: register.name,
            active: register.active ? 1 : 0,
            created_at: register.createdAt,
          })
          .execute(),
      );
      const created = await repository.get(register.id);
      if (!created) throw new Error(`register ${register.id} vanished after insert`);
      return created;
    },
    async get(id) {
      const row = await db.selectFrom('registers').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRegister(row);
    },
    async listByStore(storeId) {
      const rows = await db
        .selectFrom('registers')
        .selectAll()
        .where('store_id', '=', storeId)
        .orderBy('code')
        .execute();
      return rows.map(toRegister);
    },
    async update(id, patch) {
      const current = await repository.get(id);
      if (!current) return undefined;
      const next = { ...current, ...patch };
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .updateTable('registers')
          .set({
            code: next.code,
            name: next.name,
            active: next.active ? 1 : 0,
            training: next.training ? 1 : 0,
            printer_json: next.printer === null ? null : JSON.stringify(next.printer),
            handover_times_json: JSON.stringify(next.handoverTimes),
          })
          .where('id', '=', id)
          .execute(),
      );
      return repository.get(id);
    },
    async takeReceiptSeq(registerId, training = false) {
      const [row] = await (training ? takeTrainingSeqQuery : takeSeqWithModeQuery).execute(db, {
        registerId,
      });
      if (!row) throw new Error(`register ${registerId} does not exist`);
      return { seq: row.seq - 1, training: row.training === 1 };
    },
    async claimReceiptSeq(registerId, seq, training = false) {
      const [row] = await (training ? claimTrainingSeqQuery : claimSeqQuery).execute(db, {
        registerId,
        seq,
        next: seq + 1,
      });
      if (!row) throw new Error(`register ${registerId} does not exist`);
      return { training: row.training === 1 };
    },
    async lock(registerId) {
      await db
        .updateTable('registers')
        .set((eb) => ({ next_receipt_seq: eb.ref('next_receipt_seq') }))
        .where('id', '=', registerId)
        .execute();
    },
  };
  return repository;
}

function toRegister(row: Selectable<RegistersTable>): Register {
  return {
    id: row.id,
    storeId: row.store_id,
    code: row.code,
    name: row.name,
    nextReceiptSeq: row.next_receipt_seq,
    nextTrainingSeq: row.next_training_seq,
    active: row.active === 1,
    training: row.training === 1,
    printer: row.printer_json === null ? null : (JSON.parse(row.printer_json) as Printer),
    handoverTimes: JSON.parse(row.handover_times_json) as string[],
    createdAt: row.created_at,
  };
}

import type { CreateSaleBody } from '@kassa/api';
import { receiptNumber } from '@kassa/core';
import {
  createRegisterRepository,
  createSaleRepository,
  type Register,
  type Schema,
  type Store,
} from '@kassa/db';
import type { Kysely } from 'kysely';
import { SaleAlreadyRecorded } from './sale-already-recorded';

/** A sale's receipt number, and the register's training mode when it was taken. */
export type NumberedReceipt = {
  readonly seq: number;
  readonly receiptNo: string;
  /** Whether the register is in training mode now (its row is locked until commit). */
  readonly registerTraining: boolean;
  /** The number the register had printed, when another sale already had it and this one was renumbered. */
  readonly renumberedFrom?: string;
};

/** How far ahead of the server's next number a register's own number may be (a long outage's sales). */
const MAX_SEQ_AHEAD = 100_000;

function nextOf(register: Register, training: boolean): number {
  return training ? register.nextTrainingSeq : register.nextReceiptSeq;
}

function receiptNo(store: Store, register: Register, training: boolean, seq: number): string {
  return receiptNumber(store.code, register.code, training, seq);
}

/**
 * Numbers a sale's receipt inside its transaction, locking the register's row until commit. A sale
 * that brings the number the register gave it (`receiptSeq`, from the register's own durable
 * sequence, so it could print the receipt offline) keeps it, and the server's sequence moves past
 * it. Should another sale already have that number (two devices selling as one register), the sale
 * gets the server's next number and says which it had. Without `receiptSeq`, the server numbers it.
 * @throws SaleAlreadyRecorded when this very sale already has the number (a replay).
 */
export async function numberReceipt(
  trx: Kysely<Schema>,
  store: Store,
  register: Register,
  body: CreateSaleBody,
): Promise<NumberedReceipt> {
  const training = body.training === true;
  const registers = createRegisterRepository(trx);
  let renumberedFrom: string | undefined;
  // A number far beyond the server's is not a register's own sequence (a bug, or a crafted post):
  // taking it would push every later number there. Such a sale is numbered by the server.
  if (body.receiptSeq !== undefined && body.receiptSeq >= nextOf(register, training) + MAX_SEQ_AHEAD) {
    renumberedFrom = receiptNo(store, register, training, body.receiptSeq);
  } else if (body.receiptSeq !== undefined) {
    const claimed = await registers.claimReceiptSeq(register.id, body.receiptSeq, training);
    const wanted = receiptNo(store, register, training, body.receiptSeq);
    const owner = await createSaleRepository(trx).idByReceiptNo(wanted);
    // This very sale, recorded before: a replay (which constraint fails first differs by database).
    if (owner === body.id) throw new SaleAlreadyRecorded();
    if (owner === undefined)
      return { seq: body.receiptSeq, receiptNo: wanted, registerTraining: claimed.training };
    renumberedFrom = wanted;
  }
  const taken = await registers.takeReceiptSeq(register.id, training);
  return {
    seq: taken.seq,
    receiptNo: receiptNo(store, register, training, taken.seq),
    registerTraining: taken.training,
    ...(renumberedFrom === undefined ? {} : { renumberedFrom }),
  };
}

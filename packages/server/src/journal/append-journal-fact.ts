import { canonicalJson, type JournalFact, journalHash } from '@kassa/core';
import { createJournalRepository, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';
import { nodeSha256Hex } from '../sales/node-sha256-hex';

/** A fact for the store's sales journal (流水): what happened, to which record, when. */
export type JournalFactInput = {
  readonly storeId: string;
  /** 'sale', 'no_sale', 'cash_in', 'cash_out', 'x_report', 'shift_close', 'z_report', … */
  readonly kind: string;
  readonly refId: string;
  readonly at: number;
  /** Canonical-JSON-able: safe integers, strings, booleans, null, arrays and plain objects. */
  readonly payload: JournalFact['payload'];
};

/**
 * Appends `fact` to its store's hash chain inside the caller's transaction `trx`: the payload's
 * canonical JSON is stored and hashed with the previous entry's hash (core `journalHash`).
 */
export async function appendJournalFact(trx: Kysely<Schema>, fact: JournalFactInput): Promise<void> {
  const payload = canonicalJson(fact.payload);
  await createJournalRepository(trx).append(fact.storeId, (seq, prevHash) => ({
    kind: fact.kind,
    refId: fact.refId,
    at: fact.at,
    payload,
    hash: journalHash(
      prevHash,
      { storeId: fact.storeId, seq, kind: fact.kind, refId: fact.refId, at: fact.at, payload: fact.payload },
      { sha256: nodeSha256Hex, payloadJson: payload },
    ),
  }));
}

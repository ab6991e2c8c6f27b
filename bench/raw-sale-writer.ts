import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRegisterRepository,
  createStoreRepository,
  createTaxClassRepository,
  migrateToLatest,
  openDatabase,
} from '@kassa/db';
import { bootstrapFirstStart, createProduct, systemRandom } from '@kassa/server';
import Database from 'better-sqlite3';

/**
 * The machine's own limit for what a sale commit writes: the same rows as the server (sale, 5 lines,
 * a tender, 5 stock movements and levels, receipt seq, journal entry and head, event and its counter)
 * in one transaction per sale, with prepared statements in-process, on the same SQLite settings
 * (WAL, synchronous=FULL, foreign keys on). No HTTP, no validation, no pricing.
 */
export async function measureRawSaleLimit(seconds: number): Promise<{ sales: number; perSecond: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-raw-'));
  const file = join(dir, 'kassa.db');
  const kassa = await openDatabase({ kind: 'sqlite', file });
  await migrateToLatest(kassa.db);
  const ctx = { db: kassa.db, clock: Date.now, random: systemRandom };
  await bootstrapFirstStart(ctx, { ownerPassword: 'raw-owner-password' });
  const [store] = await createStoreRepository(kassa.db).list();
  const [register] = await createRegisterRepository(kassa.db).listByStore(store?.id ?? '');
  const [taxClass] = await createTaxClassRepository(kassa.db).list();
  if (!store || !register || !taxClass) throw new Error('bootstrap did not create a store');
  const products: string[] = [];
  for (let i = 0; i < 50; i++) {
    products.push(
      (
        await createProduct(ctx, {
          sku: `RAW-${i}`,
          name: `raw ${i}`,
          price: 100 + i,
          taxClassId: taxClass.id,
        })
      ).id,
    );
  }
  const staffId = (await kassa.db.selectFrom('staff').select('id').executeTakeFirstOrThrow()).id;
  await kassa.close();

  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const takeSeq = db.prepare(
    'UPDATE registers SET next_receipt_seq = next_receipt_seq + 1 WHERE id = ? RETURNING next_receipt_seq',
  );
  const insertSale = db.prepare(
    `INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, receipt_seq, currency, subtotal, discount_total,
     tax_total, net_total, total, cash_rounding, due_after_rounding, paid_total, change_total, ticket_discount_json,
     created_at, recorded_at, business_date, request_hash, line_count)
     VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, 0, ?, ?, ?, 0, ?, ?, 0, NULL, ?, ?, '2026-11-22', ?, 5)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO sale_lines (id, sale_id, line_no, product_id, sku, name, unit, barcode, quantity, unit_price, gross,
     line_discount, ticket_discount, amount, net, tax, tax_rate_ppm, unit_cost, discount_json)
     VALUES (?, ?, ?, ?, ?, ?, 'piece', NULL, 1000, ?, ?, 0, 0, ?, ?, ?, 130000, NULL, NULL)`,
  );
  const insertTender = db.prepare(
    `INSERT INTO sale_tenders (id, sale_id, tender_no, kind, amount, tendered, reference, brand, last4)
     VALUES (?, ?, 1, 'cash', ?, ?, NULL, NULL, NULL)`,
  );
  const insertMovement = db.prepare(
    `INSERT INTO stock_movements (id, store_id, location_id, product_id, quantity, reason, ref_id, unit_cost, created_at,
     staff_id) VALUES (?, ?, ?, ?, -1000, 'sale', ?, NULL, ?, ?)`,
  );
  const upsertLevel = db.prepare(
    `INSERT INTO stock_levels (location_id, product_id, store_id, on_hand, updated_at) VALUES (?, ?, ?, -1000, ?)
     ON CONFLICT (location_id, product_id) DO UPDATE SET on_hand = on_hand - 1000, updated_at = excluded.updated_at`,
  );
  const advanceJournal = db.prepare(
    'UPDATE stores SET journal_seq = journal_seq + 1, journal_head = ? WHERE id = ? RETURNING journal_seq',
  );
  const insertJournal = db.prepare(
    `INSERT INTO journal_entries (store_id, seq, kind, ref_id, at, payload, prev_hash, hash) VALUES (?, ?, 'sale', ?, ?, ?, ?, ?)`,
  );
  const takeEventSeq = db.prepare(
    "UPDATE counters SET value = value + 1 WHERE name = 'events' RETURNING value",
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (seq, store_id, type, ref_id, payload, created_at) VALUES (?, ?, 'sale.completed', ?, ?, ?)`,
  );
  let head = '0'.repeat(64);
  const writeSale = db.transaction((n: number) => {
    const now = Date.now();
    const saleId = randomUUID();
    const seq = (takeSeq.get(register.id) as { next_receipt_seq: number }).next_receipt_seq;
    insertSale.run(
      saleId,
      store.id,
      register.id,
      staffId,
      `S01-01-${seq}`,
      seq,
      500,
      58,
      442,
      500,
      500,
      500,
      now,
      now,
      saleId,
    );
    for (let line = 0; line < 5; line++) {
      const productId = products[(n * 5 + line) % products.length] as string;
      insertLine.run(randomUUID(), saleId, line + 1, productId, 'SKU', 'name', 100, 100, 100, 88, 12);
      insertMovement.run(randomUUID(), store.id, store.salesFloorId, productId, saleId, now, staffId);
      upsertLevel.run(store.salesFloorId, productId, store.id, now);
    }
    insertTender.run(randomUUID(), saleId, 500, 500);
    const payload = JSON.stringify({ id: saleId, total: 500, at: now });
    const hash = createHash('sha256').update(`${head}\n${payload}`).digest('hex');
    const journalSeq = (advanceJournal.get(hash, store.id) as { journal_seq: number }).journal_seq;
    insertJournal.run(store.id, journalSeq, saleId, now, payload, head, hash);
    head = hash;
    const eventSeq = (takeEventSeq.get() as { value: number }).value;
    insertEvent.run(eventSeq, store.id, saleId, payload, now);
  });
  let sales = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) writeSale(sales++);
  const elapsed = (performance.now() - started) / 1000;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { sales, perSecond: sales / elapsed };
}

import type { Database } from 'better-sqlite3';

/**
 * The rows of trading history, inserted with prepared statements on a raw better-sqlite3
 * connection: the same columns the server's repositories write, nothing derived (rollups are
 * rebuilt from these by the server's own code).
 */
export function prepareHistoryRows(db: Database) {
  const shift = db.prepare(
    `INSERT INTO shifts (id, store_id, register_id, status, opened_by, opened_at, business_date, opening_float,
     opening_count_json, closed_by, closed_at, counted_cash, closing_count_json, summary_json, z_report_id)
     VALUES (?, ?, ?, 'closed', ?, ?, ?, 50000, '[{"denomination":10000,"count":5}]', ?, ?, NULL, NULL, NULL, NULL)`,
  );
  const sale = db.prepare(
    `INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, receipt_seq, currency, subtotal, discount_total,
     tax_total, net_total, total, cash_rounding, due_after_rounding, paid_total, change_total, ticket_discount_json,
     created_at, recorded_at, business_date, request_hash, line_count, shift_id, training, receipt_prints)
     VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)`,
  );
  const line = db.prepare(
    `INSERT INTO sale_lines (id, sale_id, line_no, product_id, sku, name, unit, barcode, quantity, unit_price, gross,
     line_discount, ticket_discount, amount, net, tax, tax_rate_ppm, unit_cost, discount_json, list_price)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  const tender = db.prepare(
    `INSERT INTO sale_tenders (id, sale_id, tender_no, kind, amount, tendered, reference, brand, last4)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const refund = db.prepare(
    `INSERT INTO refunds (id, sale_id, store_id, register_id, shift_id, staff_id, at, total, reason, request_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '顾客退货', ?)`,
  );
  const refundLine = db.prepare(
    'INSERT INTO refund_lines (refund_id, sale_line_id, quantity, amount, damaged) VALUES (?, ?, ?, ?, 0)',
  );
  const refundTender = db.prepare(
    'INSERT INTO refund_tenders (refund_id, tender_no, kind, amount) VALUES (?, ?, ?, ?)',
  );
  const voided = db.prepare(
    `INSERT INTO voids (id, kind, ticket_id, store_id, register_id, shift_id, staff_id, at, line_count, amount,
     lines_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')`,
  );
  const noSale = db.prepare(
    `INSERT INTO cash_movements (id, shift_id, kind, amount, reason, staff_id, at)
     VALUES (?, ?, 'no_sale', 0, '换零钱', ?, ?)`,
  );
  const receiptSeq = db.prepare('UPDATE registers SET next_receipt_seq = ? WHERE id = ?');
  const journal = db.prepare(
    `INSERT INTO journal_entries (store_id, seq, kind, ref_id, at, payload, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const journalHead = db.prepare('UPDATE stores SET journal_seq = ?, journal_head = ? WHERE id = ?');
  return {
    shift,
    sale,
    line,
    tender,
    refund,
    refundLine,
    refundTender,
    voided,
    noSale,
    receiptSeq,
    journal,
    journalHead,
  };
}

export type HistoryRows = ReturnType<typeof prepareHistoryRows>;

import { z } from 'zod';

/**
 * Every error the API can answer with: the code is public API (the UI translates it), the status is
 * the one HTTP status it maps to, the message is the English fallback a person can understand.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, message: 'Some fields of the request are missing or not valid.' },
  malformed_json: { status: 400, message: 'The request body is not valid JSON.' },
  invalid_sync_cursor: {
    status: 400,
    message: 'The sync cursor was not made by this server (or it no longer knows it): pull from the start.',
  },
  unauthenticated: { status: 401, message: 'Please sign in first.' },
  invalid_credentials: { status: 401, message: 'The user name or password is wrong.' },
  invalid_pin: { status: 401, message: 'The user name or PIN is wrong.' },
  forbidden: { status: 403, message: 'Your role does not allow this.' },
  register_mismatch: { status: 403, message: 'This session is signed in on another register.' },
  device_not_paired: {
    status: 403,
    message: 'This browser is not paired as this register: pair it with a code from the back office.',
  },
  device_revoked: {
    status: 403,
    message: 'This device was revoked in the back office: pair it again with a new code.',
  },
  register_disabled: {
    status: 403,
    message: 'This register is disabled in the back office: an owner or manager can enable it again.',
  },
  discount_over_limit: {
    status: 403,
    message: 'This discount is beyond your limit: a manager must approve it with their PIN.',
  },
  open_price_forbidden: { status: 403, message: 'Your role may not sell items at a price typed in.' },
  return_approval_required: {
    status: 403,
    message: 'A return without a receipt needs a manager: ask them to enter their user name and PIN.',
  },
  approver_not_allowed: {
    status: 403,
    message: 'This person may not approve this: their role or their limit does not cover it.',
  },
  route_not_found: { status: 404, message: 'There is no such API endpoint.' },
  store_not_found: { status: 404, message: 'The store does not exist or you cannot see it.' },
  alert_not_found: { status: 404, message: 'The alert does not exist or you cannot see it.' },
  mixed_currencies: {
    status: 400,
    message: 'These stores sell in different currencies: choose one store to add up its figures.',
  },
  register_not_found: { status: 404, message: 'The register does not exist.' },
  product_not_found: { status: 404, message: 'The product does not exist.' },
  barcode_not_found: { status: 404, message: 'No product has this barcode.' },
  sale_not_found: { status: 404, message: 'The sale does not exist.' },
  e_receipt_not_found: {
    status: 404,
    message: 'This e-receipt link is not valid: check that the whole link was scanned or copied.',
  },
  shift_not_found: { status: 404, message: 'The shift does not exist.' },
  staff_not_found: { status: 404, message: 'The staff member does not exist.' },
  z_report_not_found: { status: 404, message: 'The Z report does not exist.' },
  parked_ticket_not_found: {
    status: 404,
    message: 'The parked ticket is gone: it was resumed (maybe at another register) or never parked.',
  },
  qr_payment_not_found: { status: 404, message: 'The QR payment does not exist.' },
  device_not_found: { status: 404, message: 'The device does not exist.' },
  stock_location_not_found: {
    status: 404,
    message: 'The stock location does not exist or belongs to a store you cannot see.',
  },
  supplier_not_found: { status: 404, message: 'The supplier does not exist.' },
  purchase_order_not_found: {
    status: 404,
    message: 'The purchase order does not exist or belongs to a store you cannot see.',
  },
  stock_transfer_not_found: {
    status: 404,
    message: 'The transfer does not exist, or neither of its stores is one you can see.',
  },
  stock_count_not_found: {
    status: 404,
    message: 'The stock count does not exist or belongs to a store you cannot see.',
  },
  method_not_allowed: { status: 405, message: 'This endpoint does not accept that method.' },
  sku_taken: { status: 409, message: 'Another product already has this SKU.' },
  barcode_taken: { status: 409, message: 'Another product already has this barcode.' },
  plu_taken: { status: 409, message: 'Another product already has this scale PLU.' },
  register_code_taken: { status: 409, message: 'Another register of this store already has this code.' },
  stock_location_name_taken: {
    status: 409,
    message: 'This store already has a stock location with this name.',
  },
  stock_location_not_empty: {
    status: 409,
    message: 'Goods are still on hand at this location: move them or write them off before closing it.',
  },
  stock_location_closed: {
    status: 409,
    message: 'This stock location is closed: reopen it first.',
  },
  sales_floor_in_use: {
    status: 409,
    message: 'The sales floor cannot be closed: every sale takes its goods from there.',
  },
  store_code_taken: { status: 409, message: 'Another store already has this code: choose another.' },
  supplier_name_taken: { status: 409, message: 'Another supplier already has this name.' },
  supplier_inactive: {
    status: 409,
    message: 'You stopped buying from this supplier: resume it before ordering from it.',
  },
  purchase_order_not_draft: {
    status: 409,
    message: 'This purchase order was sent already: only a draft can be changed or sent.',
  },
  purchase_order_not_open: {
    status: 409,
    message: 'This purchase order is not open for goods: send it first, or it was closed or cancelled.',
  },
  purchase_order_over_received: {
    status: 409,
    message: 'That is more than was ordered: check the count, or accept the extra goods on purpose.',
  },
  stock_transfer_status: {
    status: 409,
    message: 'The transfer is not at that step: it was approved, shipped, received or cancelled meanwhile.',
  },
  stock_transfer_line: {
    status: 422,
    message: 'Only the products of the transfer can be shipped or received: check the lines.',
  },
  stock_count_closed: {
    status: 409,
    message: 'This count was posted or cancelled: start a new count to count again.',
  },
  stock_count_in_progress: {
    status: 409,
    message: 'This location is being counted already: finish or cancel that count first.',
  },
  import_file: {
    status: 422,
    message: 'The file cannot be read as a table: see the reason, save it as CSV or XLSX and try again.',
  },
  import_has_problems: {
    status: 422,
    message: 'Some rows have problems: fix them in the file or choose to skip them; nothing was imported.',
  },
  stock_count_out_of_scope: {
    status: 422,
    message: 'This product is not part of this count (another category): count it in its own count.',
  },
  idempotency_conflict: {
    status: 409,
    message: 'Something different was already recorded with the same id; it was not changed.',
  },
  price_mismatch: {
    status: 409,
    message: 'A price changed since the register loaded it; ring the item again.',
  },
  total_mismatch: { status: 409, message: 'The total does not match what the server computed.' },
  approval_invalid: {
    status: 409,
    message: 'The approval is unknown, expired, already used, or does not cover this discount.',
  },
  training_mismatch: {
    status: 409,
    message: 'The register was switched in or out of training mode: ring the sale up again.',
  },
  shift_not_open: {
    status: 409,
    message: 'This register has no open shift (or the sale names another one): open a shift first.',
  },
  shift_already_open: { status: 409, message: 'This register already has an open shift: close it first.' },
  shift_closed: { status: 409, message: 'This shift is already closed.' },
  shift_still_open: { status: 409, message: 'Close the open shift before taking the Z report.' },
  z_nothing_to_report: { status: 409, message: 'There is no closed shift left for a Z report.' },
  z_report_exists: { status: 409, message: "This register's Z report for the day was already taken." },
  qr_payment_in_progress: {
    status: 409,
    message: 'This register is still waiting for another QR payment: finish or cancel it first.',
  },
  qr_payment_unusable: {
    status: 409,
    message: 'The QR payment has not succeeded, is for another amount, or was used by another sale.',
  },
  qr_payment_used: {
    status: 409,
    message: 'The QR payment belongs to a completed sale: refund the sale instead.',
  },
  qr_payments_unsettled: {
    status: 409,
    message: 'QR payments are still waiting for the gateway: change the gateway once they are settled.',
  },
  qr_in_training: {
    status: 409,
    message:
      'QR payments charge real money: they are not taken in training mode. Practise with cash or card.',
  },
  qr_not_configured: {
    status: 409,
    message: 'QR payments are not set up for this shop: the owner enters the gateway in the settings.',
  },
  body_too_large: { status: 413, message: 'The request is too large.' },
  unsupported_media_type: { status: 415, message: 'Send the request body as application/json.' },
  bad_check_digit: { status: 422, message: 'The barcode check digit is wrong: scan again.' },
  bad_barcode: { status: 422, message: 'This is not a valid barcode.' },
  product_inactive: { status: 422, message: 'The product is no longer sold.' },
  invalid_quantity: { status: 422, message: 'The quantity is not valid.' },
  stock_untracked: {
    status: 422,
    message: "This product's stock is not tracked: turn stock tracking on to receive, count or write it off.",
  },
  stock_below_zero: {
    status: 422,
    message: 'That is more than is on hand at this location: check the quantity or count the stock first.',
  },
  reorder_point_untracked: {
    status: 422,
    message: "This product's stock is not tracked: turn stock tracking on to give it a reorder point.",
  },
  invalid_discount: { status: 422, message: 'The discount is not valid.' },
  tender_short: { status: 422, message: 'The amount tendered does not cover what is due.' },
  non_cash_exceeds_due: {
    status: 422,
    message: 'A card or other non-cash tender cannot exceed what is due.',
  },
  refund_exceeds_sale: {
    status: 422,
    message: 'That is more than was sold on the receipt, less what was refunded already.',
  },
  invalid_cash_count: {
    status: 422,
    message: 'The cash count is not valid: use each note or coin of the currency once, with whole counts.',
  },
  cash_out_exceeds_drawer: { status: 422, message: 'There is not that much cash in the drawer.' },
  return_reference_required: {
    status: 422,
    message: "This store pays returns without a receipt back to a card: enter the card terminal's reference.",
  },
  invalid_payment_code: {
    status: 422,
    message: 'This is not a WeChat Pay or Alipay payment code: ask the customer to show it again.',
  },
  invalid_card_last4: { status: 422, message: 'The card number ending must be exactly 4 digits.' },
  pairing_code_invalid: {
    status: 422,
    message: 'The pairing code is wrong, expired (after 15 minutes) or already used: create a new one.',
  },
  quick_key_duplicate: {
    status: 422,
    message: 'A product is on the favourites twice: each product gets one key.',
  },
  too_many_quick_keys: {
    status: 422,
    message: 'A register has at most 48 favourite keys: remove one before adding another.',
  },
  account_locked: {
    status: 423,
    message: 'Too many failed attempts: the account is locked for a few minutes.',
  },
  rate_limited: { status: 429, message: 'Too many requests; try again shortly.' },
  printer_not_configured: {
    status: 409,
    message: 'This register has no receipt printer set up: print from the browser instead.',
  },
  printer_unreachable: {
    status: 503,
    message: 'The receipt printer did not answer: check that it is on, has paper and is connected.',
  },
  qr_refund_failed: {
    status: 502,
    message: 'The payment gateway did not refund the QR payment; nothing was changed. Try again.',
  },
  internal_error: { status: 500, message: 'Something went wrong on the server; nothing was changed.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ErrorCodeSchema = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]);

/** Where a validation problem is, for the UI to point at the field. */
export const FieldIssueSchema = z.object({ path: z.string(), message: z.string() });

/** The one error body every endpoint answers with. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string(),
      issues: z.array(FieldIssueSchema).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

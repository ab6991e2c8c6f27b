import type { Messages } from './zh-CN';

/** What the app says for each public API error code (and its own failures), in English. */
export const enErrors: Messages['errors'] = {
  network_error: 'Cannot reach the server: check the network.',
  unknown: 'Something unexpected went wrong; please try again.',
  invalid_amount: 'The amount is not valid.',
  validation_failed: 'Some fields are missing or not valid.',
  malformed_json: 'The request is malformed.',
  invalid_sync_cursor:
    'The server does not know where this register’s catalogue stands: it downloads the whole catalogue again.',
  refund_offline_unknown:
    'The server cannot be reached: offline, only receipts of this register from the last 7 days can be refunded.',
  refund_qr_offline:
    'This sale was paid by QR: the money goes back through the wallet, which needs the server. Refund it once back online.',
  storage_not_persistent:
    'The browser did not allow this register’s data to be kept for good: if the disk runs short, the offline catalogue may be cleared.',
  unauthenticated: 'Please sign in first.',
  invalid_credentials: 'The user name or password is wrong.',
  invalid_pin: 'The user name or PIN is wrong.',
  forbidden: 'Your role does not allow this.',
  register_mismatch: 'This session is signed in on another register.',
  device_not_paired: 'This browser is not paired as this register: pair it with a code from the back office.',
  device_revoked: 'This device was revoked in the back office: pair it again with a new code.',
  register_disabled: 'This register is disabled in the back office: an owner or manager can enable it again.',
  device_not_found: 'The device does not exist.',
  register_code_taken: 'Another register of this store already has this code.',
  stock_location_not_found: 'The stock location does not exist or belongs to a store you cannot see.',
  stock_location_name_taken: 'This store already has a stock location with this name.',
  stock_location_not_empty:
    'Goods are still on hand at this location: move them or write them off before closing it.',
  sales_floor_in_use: 'The sales floor cannot be closed: every sale takes its goods from there.',
  stock_location_closed: 'This stock location is closed: reopen it first.',
  stock_untracked:
    "This product's stock is not tracked: turn stock tracking on to receive, count or write it off.",
  stock_below_zero:
    'That is more than is on hand at this location: check the quantity or count the stock first.',
  supplier_not_found: 'The supplier does not exist.',
  store_code_taken: 'Another store already has this code: choose another.',
  import_file: 'The file cannot be read as a table: see the reason, save it as CSV or XLSX and try again.',
  import_has_problems:
    'Some rows have problems: fix them in the file or choose to skip them; nothing was imported.',
  stock_transfer_not_found: 'The transfer does not exist, or neither of its stores is one you can see.',
  stock_transfer_status:
    'The transfer is not at that step: it was approved, shipped, received or cancelled meanwhile.',
  stock_transfer_line: 'Only the products of the transfer can be shipped or received: check the lines.',
  stock_count_not_found: 'The stock count does not exist or belongs to a store you cannot see.',
  stock_count_closed: 'This count was posted or cancelled: start a new count to count again.',
  stock_count_in_progress: 'This location is being counted already: finish or cancel that count first.',
  stock_count_out_of_scope:
    'This product is not part of this count (another category): count it in its own count.',
  purchase_order_not_found: 'The purchase order does not exist or belongs to a store you cannot see.',
  supplier_name_taken: 'Another supplier already has this name.',
  supplier_inactive: 'You stopped buying from this supplier: resume it in its details first.',
  purchase_order_not_draft: 'This purchase order was sent already: only a draft can be changed or sent.',
  purchase_order_not_open:
    'This purchase order does not take goods: send it first, or it was closed or cancelled.',
  purchase_order_over_received:
    'That is more than was ordered: check the count, or accept the extra goods on purpose.',
  pairing_code_invalid:
    'The pairing code is wrong, expired (after 15 minutes) or already used: create a new one.',
  route_not_found: 'There is no such API endpoint.',
  store_not_found: 'The store does not exist or you cannot see it.',
  alert_not_found: 'The alert does not exist or you cannot see it.',
  mixed_currencies: 'These stores sell in different currencies: choose one store to add up its figures.',
  register_not_found: 'The register does not exist.',
  product_not_found: 'The product does not exist.',
  barcode_not_found: 'No product has this barcode.',
  e_receipt_not_found: 'This e-receipt link is not valid: check that the whole link was scanned or copied.',
  sale_not_found: 'The sale does not exist.',
  method_not_allowed: 'This endpoint does not accept that method.',
  sku_taken: 'Another product already has this SKU.',
  barcode_taken: 'Another product already has this barcode.',
  plu_taken: 'Another product already has this scale PLU.',
  idempotency_conflict: 'Something different was already recorded with the same id; nothing was changed.',
  price_mismatch:
    'A price changed since the catalogue was loaded: the total was recalculated at the new prices.',
  total_mismatch: 'The total does not match what the server computed.',
  body_too_large: 'The request is too large.',
  unsupported_media_type: 'The request format is not supported.',
  bad_check_digit: 'The barcode check digit is wrong: scan again.',
  bad_barcode: 'This is not a valid barcode.',
  product_inactive: 'The product is no longer sold.',
  invalid_quantity: 'The quantity is not valid.',
  reorder_point_untracked:
    "This product's stock is not tracked: turn stock tracking on to give it a reorder point.",
  invalid_discount: 'The discount is not valid.',
  tender_short: 'The amount tendered does not cover what is due.',
  non_cash_exceeds_due: 'A card or other non-cash tender cannot exceed what is due.',
  invalid_card_last4: 'The card number ending must be exactly 4 digits.',
  quick_key_duplicate: 'A product is on the favourites twice: each product gets one key.',
  too_many_quick_keys: 'A register has at most 48 favourite keys: remove one before adding another.',
  account_locked: 'Too many failed attempts: the account is locked for a few minutes.',
  rate_limited: 'Too many requests; try again shortly.',
  shift_not_found: 'The shift does not exist.',
  z_report_not_found: 'The Z report does not exist.',
  staff_not_found: 'The staff member does not exist.',
  shift_not_open: 'This register has no open shift (or the sale names another one): open a shift first.',
  shift_already_open: 'This register already has an open shift: close it first.',
  shift_closed: 'This shift is already closed.',
  shift_still_open: 'Close the open shift before taking the Z report.',
  z_nothing_to_report: 'There is no closed shift left for a Z report.',
  z_report_exists: "This register's Z report for the day was already taken.",
  invalid_cash_count: 'The cash count is not valid: use each note or coin once, with whole counts.',
  cash_out_exceeds_drawer: 'There is not that much cash in the drawer.',
  parked_ticket_not_found:
    'The parked ticket is gone: it was resumed (maybe at another register) or never parked.',
  discount_over_limit: 'This discount is beyond your limit: a manager must approve it with their PIN.',
  approver_not_allowed: 'This person may not approve this: their role or their limit does not cover it.',
  approval_invalid: 'The approval is unknown, expired, already used, or does not cover this discount.',
  training_mismatch: 'The register was switched in or out of training mode: take the payment again.',
  refund_exceeds_sale: 'That is more than was sold on the receipt, less what was refunded already.',
  printer_not_configured: 'This register has no receipt printer set up: print from the browser instead.',
  printer_unreachable: 'The receipt printer did not answer: check that it is on, has paper and is connected.',
  open_price_forbidden: 'Your role may not sell items at a price typed in.',
  qr_payment_not_found: 'The QR payment does not exist.',
  qr_payment_in_progress: 'This register is still waiting for another QR payment: finish or cancel it first.',
  qr_payment_unusable:
    'The QR payment has not succeeded, is for another amount, or was used by another sale.',
  qr_payment_used: 'The QR payment belongs to a completed sale: refund the sale instead.',
  qr_in_training: 'QR payments charge real money: not in training mode. Practise with cash or card.',
  qr_not_configured:
    'QR payments are not set up for this shop: the owner enters the gateway in the settings.',
  qr_refund_failed: 'The payment gateway did not refund the QR payment; nothing was changed. Try again.',
  return_approval_required:
    'A return without a receipt needs a manager: ask them to enter their user name and PIN.',
  return_reference_required:
    "This store pays returns without a receipt back to a card: enter the card terminal's reference.",
  qr_payments_unsettled:
    'QR payments are still waiting for the gateway: change the gateway once they are settled.',
  invalid_payment_code: 'This is not a WeChat Pay or Alipay payment code: ask the customer to show it again.',
  internal_error: 'Something went wrong on the server; nothing was changed.',
};

import { ERROR_CODES, IMPORT_FIELDS } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { IMPORT_STEPS } from '../../backoffice/import/import-steps';
import { FILE_ERROR_REASONS, PROBLEM_CODES } from '../../backoffice/import/problem-text';
import { en } from './en';
import { zhCN } from './zh-CN';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function lookup(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

// Every source file of the web app as text (Vite's glob, so no Node API is needed).
const sources = import.meta.glob<string>(['../../**/*.ts', '../../**/*.tsx', '!../../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('translate every public API error code, plus network and unknown failures, in both languages', () => {
    for (const code of [...Object.keys(ERROR_CODES), 'network_error', 'unknown']) {
      expect(typeof lookup(zhCN, `errors.${code}`), `zh-CN errors.${code}`).toBe('string');
      expect(typeof lookup(en, `errors.${code}`), `en errors.${code}`).toBe('string');
    }
  });

  it('have no empty message', () => {
    for (const key of keys(zhCN)) {
      expect(String(lookup(zhCN, key)).trim(), key).not.toBe('');
      expect(String(lookup(en, key)).trim(), key).not.toBe('');
    }
  });

  it('contain every literal key the source code asks for', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) {
        if (match[1]) used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    // A counted message is `key_one` / `key_other` (i18next plurals): `key_other` stands for it.
    const missing = [...used].filter(
      (key) => typeof lookup(zhCN, key) !== 'string' && typeof lookup(zhCN, `${key}_other`) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('contain the keys the source builds from codes', () => {
    const families: Record<string, readonly string[]> = {
      'register.scan.errors': [
        'bad_barcode',
        'bad_check_digit',
        'barcode_not_found',
        'plu_not_found',
        'invalid_quantity',
      ],
      'register.discount.errors': ['notANumber', 'tooPrecise', 'tooLarge'],
      'register.line.errors': ['notANumber', 'tooPrecise', 'wholePieces', 'notPositive'],
      'register.discount': ['percent', 'amount'],
      'register.pay': ['cash', 'card'],
      'register.shortcuts': [
        'pay',
        'search',
        'discount',
        'editLine',
        'quantity',
        'remove',
        'print',
        'favourite',
        'newSale',
      ],
      'product.units': ['piece', 'kg'],
      'product.errors': [
        'money_not_a_number',
        'money_ambiguous_separator',
        'money_out_of_range',
        'money_currency_mismatch',
        'barcode_not_digits',
        'barcode_bad_length',
        'barcode_bad_check_digit',
        'quantity_empty',
        'quantity_not_a_number',
        'quantity_ambiguous_separator',
        'quantity_too_precise',
        'quantity_negative',
        'quantity_out_of_range',
      ],
      'backoffice.navItems': ['products', 'sales', 'home'],
      'settings.themes': ['light', 'dark'],
      'settings.fontSizes': ['normal', 'large', 'x-large'],
      errors: ['invalid_amount', 'invalid_card_last4', 'non_cash_exceeds_due'],
      'register.pay.qrPay.status': ['paying', 'user_paying', 'succeeded', 'failed', 'reversing', 'reversed'],
      'register.pay.qrPay.provider': ['wechat', 'alipay'],
      'register.quickKeys': ['already', 'full'],
      'purchasing.status': ['draft', 'sent', 'partly_received', 'received', 'closed', 'cancelled'],
      'purchasing.order.closedAs': ['closed', 'cancelled'],
      'purchasing.supplier': ['name', 'contact', 'phone', 'email', 'leadTimeDays', 'note'],
      'purchasing.supplier.invalid': ['name', 'contact', 'phone', 'email', 'leadTimeDays', 'note'],
      'purchasing.packSize': ['piece', 'kg'],
      'purchasing.order.packOf': ['piece', 'kg'],
      'purchasing.order.units': ['piece', 'kg'],
      'purchasing.order.packsOf': ['piece', 'kg'],
      'purchasing.order.perUnit': ['piece', 'kg'],
      'purchasing.supplierProducts.terms': ['piece', 'kg'],
      'stock.adjust.quantity': ['piece', 'kg'],
      transfers: ['title'],
      'transfers.status': ['requested', 'approved', 'shipped', 'received', 'cancelled'],
      'transfers.direction': ['in', 'out', 'within'],
      'transfers.steps': ['requested', 'approved', 'shipped', 'received'],
      'transfers.line.ship': ['label', 'short', 'extra'],
      'transfers.line.receive': ['label', 'short', 'extra'],
      'transfers.ship': ['howTo', 'submit', 'done'],
      'transfers.receive': ['howTo', 'submit', 'done'],
      counts: ['title', 'blind', 'open'],
      'counts.status': ['counting', 'posted', 'cancelled'],
      'counts.views': ['count', 'report'],
      'counts.report.filters': ['differences', 'uncounted'],
      'counts.scan.quantity': ['piece', 'kg'],
      'counts.post': ['body', 'bodyUncounted'],
      'import.problems': PROBLEM_CODES,
      'import.fileErrors': FILE_ERROR_REASONS,
      'import.kinds': Object.keys(IMPORT_FIELDS),
      'import.kindHints': Object.keys(IMPORT_FIELDS),
      'import.steps': IMPORT_STEPS,
      'import.preview.delimiters': ['comma', 'semicolon', 'tab'],
      'import.exports': ['products', 'categories', 'suppliers'],
      ...Object.fromEntries(
        Object.entries(IMPORT_FIELDS).map(([kind, fields]) => [`import.fields.${kind}`, fields]),
      ),
      'camera.problems': ['insecure', 'unsupported', 'denied', 'no_camera', 'busy', 'failed'],
      camera: ['opening', 'aim'],
      'reorder.qty': ['piece', 'kg'],
      'reorder.basis': ['reorder_point', 'forecast'],
      'reorder.units': ['piece', 'kg'],
      'reorder.packOf': ['piece', 'kg'],
      'reorder.rule.point': ['piece', 'kg'],
      'reorder.rule.quantity': ['piece', 'kg'],
      'labels.kinds': ['shelf', 'sticker'],
      'labels.kindHints': ['shelf', 'sticker'],
      'labels.layouts': ['a4-3x8', 'a4-4x10', 'roll-40x30', 'roll-50x30', 'roll-60x40'],
    };
    const missing = Object.entries(families)
      .flatMap(([prefix, names]) => names.map((name) => `${prefix}.${name}`))
      .filter((key) => typeof lookup(zhCN, key) !== 'string');
    expect(missing).toEqual([]);
  });
});

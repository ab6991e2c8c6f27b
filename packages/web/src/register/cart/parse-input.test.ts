import { describe, expect, it } from 'vitest';
import { discountDraft, parseDiscount } from './parse-discount';
import { parseLineQuantity, quantityDraft } from './parse-quantity';

describe('parseDiscount', () => {
  it('parses percent off to basis points exactly', () => {
    expect(parseDiscount({ kind: 'percent', text: '10' }, 'CNY')).toEqual({
      ok: true,
      value: { kind: 'percent', basisPoints: 1000 },
    });
    expect(parseDiscount({ kind: 'percent', text: '12.5%' }, 'CNY')).toMatchObject({
      value: { basisPoints: 1250 },
    });
    expect(parseDiscount({ kind: 'percent', text: '0.01' }, 'CNY')).toMatchObject({
      value: { basisPoints: 1 },
    });
  });

  it('parses an amount off in the currency', () => {
    expect(parseDiscount({ kind: 'amount', text: '¥5' }, 'CNY')).toEqual({
      ok: true,
      value: { kind: 'amount', amount: 500 },
    });
  });

  it('clears on empty or zero, and explains refusals', () => {
    expect(parseDiscount({ kind: 'percent', text: ' ' }, 'CNY')).toEqual({ ok: true, value: undefined });
    expect(parseDiscount({ kind: 'amount', text: '0' }, 'CNY')).toEqual({ ok: true, value: undefined });
    expect(parseDiscount({ kind: 'percent', text: '12.345' }, 'CNY')).toEqual({
      ok: false,
      error: 'tooPrecise',
    });
    expect(parseDiscount({ kind: 'percent', text: '101' }, 'CNY')).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseDiscount({ kind: 'amount', text: '1.234' }, 'CNY')).toEqual({
      ok: false,
      error: 'tooPrecise',
    });
    expect(parseDiscount({ kind: 'amount', text: 'abc' }, 'CNY')).toEqual({ ok: false, error: 'notANumber' });
    expect(parseDiscount({ kind: 'amount', text: '-3' }, 'CNY')).toEqual({ ok: false, error: 'notANumber' });
  });

  it('round-trips an existing discount into the form', () => {
    expect(discountDraft({ kind: 'percent', basisPoints: 1250 }, String)).toEqual({
      kind: 'percent',
      text: '12.5',
    });
    expect(discountDraft({ kind: 'amount', amount: 500 }, () => '5.00')).toEqual({
      kind: 'amount',
      text: '5.00',
    });
  });
});

describe('parseLineQuantity', () => {
  it('takes kg to 3 decimals and whole pieces', () => {
    expect(parseLineQuantity('0.35', 'kg')).toEqual({ ok: true, value: 350 });
    expect(parseLineQuantity('3', 'piece')).toEqual({ ok: true, value: 3000 });
    expect(parseLineQuantity('1.5', 'piece')).toEqual({ ok: false, error: 'wholePieces' });
    expect(parseLineQuantity('0.0005', 'kg')).toEqual({ ok: false, error: 'tooPrecise' });
    expect(parseLineQuantity('0', 'kg')).toEqual({ ok: false, error: 'notPositive' });
    expect(parseLineQuantity('x', 'kg')).toEqual({ ok: false, error: 'notANumber' });
  });

  it('shows a quantity as an editable decimal', () => {
    expect(quantityDraft(350, 'kg')).toBe('0.350');
    expect(quantityDraft(2000, 'piece')).toBe('2');
  });
});

import { describe, expect, it } from 'vitest';
import { encodeEscPos } from './escpos-encoder';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').replace(/(..)/g, '$1 ').trim();

describe('encodeEscPos', () => {
  it('encodes a bold, centred Chinese line exactly (golden bytes)', () => {
    const bytes = encodeEscPos([{ text: '合计 1.00', style: { bold: true, align: 'center' } }], {
      feedLines: 3,
    });
    expect(hex(bytes)).toBe(
      [
        '1b 40', // ESC @: initialize
        '1c 26', // FS &: Chinese mode on
        '1b 61 01', // ESC a 1: centre
        '1b 45 01', // ESC E 1: bold on
        'ba cf bc c6 20 31 2e 30 30', // '合计 1.00' in GB18030
        '0a', // LF
        '1b 45 00', // bold off
        '1b 61 00', // back to left
        '1c 2e', // FS .: Chinese mode off
        '1b 64 03', // ESC d 3: feed three lines
        '1d 56 42 00', // GS V 66 0: partial cut
      ].join(' '),
    );
  });

  it('wraps double-size text in GS ! and resets it after the line', () => {
    const bytes = hex(encodeEscPos([{ text: 'A', style: { double: true } }]));
    expect(bytes).toContain('1d 21 11 41 0a 1d 21 00');
  });

  it('prints plain lines without style commands', () => {
    const bytes = encodeEscPos([{ text: 'ab' }, { text: '' }]);
    expect(hex(bytes)).toBe('1b 40 1c 26 61 62 0a 0a 1c 2e 1b 64 04 1d 56 42 00');
  });
});

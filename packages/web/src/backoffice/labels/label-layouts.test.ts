import { describe, expect, it } from 'vitest';
import { labelsPerSheet, sheetsNeeded } from './label-layouts';

describe('label layouts', () => {
  it('count A4 sheets after the labels used, none for a roll', () => {
    // As the server's test: 20 used + 30 new labels at 24 a sheet take three sheets.
    expect(sheetsNeeded('a4-3x8', 20, 30)).toBe(3);
    expect(sheetsNeeded('a4-3x8', 0, 24)).toBe(1);
    expect(sheetsNeeded('a4-4x10', 39, 1)).toBe(1);
    expect(sheetsNeeded('a4-4x10', 5, 0)).toBe(0);
    expect(sheetsNeeded('roll-40x30', 0, 10)).toBeNull();
    expect(labelsPerSheet('roll-60x40')).toBeNull();
  });
});

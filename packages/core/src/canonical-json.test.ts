import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], A: { z: -2, y: 0 } })).toBe(
      '{"A":{"y":0,"z":-2},"a":[true,null,"x"],"b":1}',
    );
    // '\u00e9' (é, U+00E9) sorts after 'z'; an astral character (surrogate D83D…) sorts before U+FF01.
    expect(canonicalJson({ é: 1, z: 2, '😀': 3, '！': 4 })).toBe('{"z":2,"é":1,"😀":3,"！":4}');
  });

  it('omits undefined properties and escapes strings like JSON', () => {
    expect(canonicalJson({ a: undefined, b: 'line\n"quoted"' })).toBe('{"b":"line\\n\\"quoted\\""}');
    expect(canonicalJson(Object.create(null) as object)).toBe('{}');
    expect(canonicalJson(-0)).toBe('0');
  });

  it.each([
    ['a float', 1.5],
    ['NaN', Number.NaN],
    ['an unsafe integer', 2 ** 53],
    ['a bigint', 1n],
    ['a function', () => 1],
    // biome-ignore lint/style/noRestrictedGlobals: constructing (not reading the clock) to prove Dates are refused
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['undefined', undefined],
    ['undefined in an array', [1, undefined]],
    ['a nested float', { a: { b: [0.1] } }],
  ])('throws TypeError on %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('names the path of the refused value', () => {
    expect(() => canonicalJson({ a: { b: [1, 0.1] } })).toThrow(
      '$.a.b[1]: only safe integers are allowed, got 0.1',
    );
    expect(() => canonicalJson([{ x: undefined }, [undefined]])).toThrow(
      '$[1][0]: undefined is not allowed in arrays',
    );
    expect(() => canonicalJson(1n)).toThrow('$: bigint cannot be serialized canonically');
  });

  it('throws on cycles but allows repeated references', () => {
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });
});

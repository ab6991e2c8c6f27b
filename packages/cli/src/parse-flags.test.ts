import { describe, expect, it } from 'vitest';
import { parseFlags, parsePort } from './parse-flags';
import { UsageError } from './usage-error';

const options = { port: { type: 'string' }, demo: { type: 'boolean' } } as const;

describe('parseFlags', () => {
  it('reads known flags', () => {
    expect(parseFlags(['--port', '9000', '--demo'], options)).toEqual({ port: '9000', demo: true });
    expect(parseFlags(['--port=9000'], options)).toEqual({ port: '9000' });
  });

  it('refuses an unknown flag, a missing value and a stray argument with a UsageError', () => {
    expect(() => parseFlags(['--prot', '9000'], options)).toThrow(new UsageError("Unknown option '--prot'"));
    expect(() => parseFlags(['--port'], options)).toThrow(UsageError);
    expect(() => parseFlags(['extra'], options)).toThrow(UsageError);
  });
});

describe('parsePort', () => {
  it('accepts 0–65535', () => {
    expect(parsePort('8080', '--port')).toBe(8080);
    expect(parsePort(' 1 ', '--port')).toBe(1);
    expect(parsePort('65535', '--port')).toBe(65535);
  });

  it.each(['65536', '-1', '80.5', 'http', '', '1e3'])('refuses %j', (text) => {
    expect(() => parsePort(text, 'KASSA_PORT')).toThrow(/KASSA_PORT must be a port number 1–65535/);
  });
});

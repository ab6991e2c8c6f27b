import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { cacheStatements } from './sqlite-statement-cache';

describe('cacheStatements', () => {
  it('prepares each query once, evicting the least recently used beyond capacity', () => {
    const database = new Database(':memory:');
    const prepare = vi.spyOn(database, 'prepare');
    const cached = cacheStatements(database, 2);
    const a = cached.prepare('select 1');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 2');
    cached.prepare('select 1'); // now most recent: 'select 2' is the eviction candidate
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 2');
    expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(['select 1', 'select 2', 'select 3', 'select 2']);
    cached.close();
    expect(database.open).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { matchRoute, safeNext } from './match-route';

describe('matchRoute', () => {
  it('matches static and parameter segments', () => {
    expect(matchRoute('/backoffice/products', '/backoffice/products/')).toEqual({});
    expect(matchRoute('/backoffice/sales/:id', '/backoffice/sales/abc%20d')).toEqual({ id: 'abc d' });
    expect(matchRoute('/backoffice/sales/:id', '/backoffice/sales')).toBeNull();
    expect(matchRoute('/backoffice/products/new', '/backoffice/products/123')).toBeNull();
    expect(matchRoute('/a/:id', '/a/%E0%A4%A')).toBeNull();
  });
});

describe('safeNext', () => {
  it('only allows same-origin paths', () => {
    expect(safeNext('/register')).toBe('/register');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});

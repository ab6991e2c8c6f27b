import { describe, expect, it } from 'vitest';
import { DEMO_STAFF } from './demo/demo-store';
import { formatStartBanner, startUrls } from './start-banner';

const base = {
  port: 8080,
  host: '0.0.0.0',
  lanAddresses: ['192.168.1.23'],
  storage: '/srv/kassa-data/kassa.db',
  ownerUsername: 'owner',
  generatedOwnerPassword: null,
  ownerPasswordFromEnv: false,
  demoStaff: null,
  webWarning: null,
};

describe('startUrls', () => {
  it('lists localhost and each LAN address when listening everywhere', () => {
    expect(startUrls('0.0.0.0', 8080, ['192.168.1.23', '10.0.0.5'])).toEqual([
      'http://localhost:8080',
      'http://192.168.1.23:8080',
      'http://10.0.0.5:8080',
    ]);
  });

  it('lists only the host when bound to one address', () => {
    expect(startUrls('127.0.0.1', 80, ['192.168.1.23'])).toEqual(['http://127.0.0.1:80']);
    expect(startUrls('::1', 80, [])).toEqual(['http://[::1]:80']);
  });
});

describe('formatStartBanner', () => {
  it('shows a generated owner password once, with a warning to note it', () => {
    const text = formatStartBanner({ ...base, generatedOwnerPassword: 'k7-Qx2-Zp9' });
    expect(text).toContain('Kassa is running at http://localhost:8080');
    expect(text).toContain('http://192.168.1.23:8080');
    expect(text).toContain('"owner"');
    expect(text).toContain('"k7-Qx2-Zp9"');
    expect(text).toContain('shown only this once');
  });

  it('points to KASSA_OWNER_PASSWORD, or to the first start, instead of printing a password', () => {
    expect(formatStartBanner({ ...base, ownerPasswordFromEnv: true })).toContain('KASSA_OWNER_PASSWORD');
    expect(formatStartBanner(base)).toContain('the password shown on the first start');
  });

  it('lists the demo staff with their PINs', () => {
    const text = formatStartBanner({ ...base, demoStaff: DEMO_STAFF });
    expect(text).toMatch(/manager .*PIN 1111, 密码 \/ password "manager-demo"/);
    expect(text).toMatch(/cashier1 .*PIN 2222/);
    expect(text).toMatch(/cashier2 .*PIN 3333/);
  });
});

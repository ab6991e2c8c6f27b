import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStoreRepository } from '@kassa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFromEnv } from './config';
import { startKassa } from './main';

describe('loadConfigFromEnv', () => {
  it('reads the KASSA_ variables and lets overrides win', () => {
    const config = loadConfigFromEnv(
      {
        KASSA_DATA_DIR: '/srv/kassa',
        KASSA_PORT: '9000',
        KASSA_OWNER_PASSWORD: 'pw',
        KASSA_DATABASE_URL: '',
      },
      { port: 0 },
    );
    expect(config).toMatchObject({ dataDir: '/srv/kassa', port: 0, ownerPassword: 'pw', host: '0.0.0.0' });
    expect(config.database).toEqual({ kind: 'sqlite', file: '/srv/kassa/kassa.db' });
  });

  it('switches to PostgreSQL with a database URL', () => {
    const config = loadConfigFromEnv({ KASSA_DATABASE_URL: 'postgres://u:p@db/kassa' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db/kassa' });
  });

  it('refuses a port that is no port', () => {
    expect(() => loadConfigFromEnv({ KASSA_PORT: 'http' })).toThrow(/KASSA_PORT/);
  });

  it('takes KASSA_PUBLIC_URL only as an http(s) address (it is printed on every receipt)', () => {
    expect(loadConfigFromEnv({ KASSA_PUBLIC_URL: 'https://pos.example.com' }).publicUrl).toBe(
      'https://pos.example.com',
    );
    expect(() => loadConfigFromEnv({ KASSA_PUBLIC_URL: 'pos.example.com' })).toThrow(/KASSA_PUBLIC_URL/);
  });
});

describe('startKassa', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kassa-main-'));
    const web = join(dir, 'web');
    await mkdir(join(web, 'assets'), { recursive: true });
    await writeFile(join(web, 'index.html'), '<!doctype html><title>Kassa</title>');
    await writeFile(join(web, 'assets', 'app-3f9a2c1b.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts on an empty data dir, generates the owner password once, and restarts idempotently', async () => {
    const config = {
      dataDir: join(dir, 'data'),
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      webRoot: join(dir, 'web'),
    };
    const first = await startKassa(config);
    let password: string | null;
    try {
      password = first.ownerPasswordGenerated;
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(await (await fetch(`${first.url}/api/health`)).json()).toMatchObject({ status: 'ok' });
      const login = await fetch(`${first.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'owner', password }),
      });
      expect(login.status).toBe(200);

      const index = await fetch(`${first.url}/backoffice/products`);
      expect(await index.text()).toContain('<title>Kassa</title>');
      expect(index.headers.get('cache-control')).toBe('no-cache');
      const asset = await fetch(`${first.url}/assets/app-3f9a2c1b.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const api = await fetch(`${first.url}/api/v1/unknown`);
      expect([api.status, ((await api.json()) as { error: { code: string } }).error.code]).toEqual([
        404,
        'route_not_found',
      ]);
    } finally {
      await first.close();
    }

    const started = performance.now();
    const second = await startKassa(config);
    try {
      expect(performance.now() - started).toBeLessThan(1500);
      expect(second.ownerPasswordGenerated).toBeNull();
      expect(await createStoreRepository(second.db.db).list()).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

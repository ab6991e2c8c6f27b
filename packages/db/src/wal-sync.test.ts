import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWalSync } from './wal-sync';

describe('createWalSync', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kassa-wal-sync-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('syncs the file, again and again', async () => {
    const path = join(dir, 'kassa.sqlite-wal');
    await writeFile(path, 'frames');
    const walSync = createWalSync(path);
    await walSync.sync();
    await walSync.sync();
    await walSync.close();
  });

  it('QUIRK(wal-sync-failure): after a failed sync it confirms nothing any more', async () => {
    const path = join(dir, 'kassa.sqlite-wal');
    const walSync = createWalSync(path);
    await expect(walSync.sync()).rejects.toThrow(/ENOENT/);
    await writeFile(path, 'frames');
    await expect(walSync.sync()).rejects.toThrow(/ENOENT/);
    await walSync.close();
  });
});

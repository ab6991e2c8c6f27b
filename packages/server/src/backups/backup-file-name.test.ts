import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from './backup-file-name';

describe('backup file names', () => {
  it('name a backup by its UTC second, and read back when it was taken', () => {
    const at = Date.parse('2026-11-22T03:15:00.789Z');
    expect(backupFileName(at, 'sqlite')).toBe('kassa-20261122T031500Z.sqlite');
    expect(backupFileName(at, 'postgres')).toBe('kassa-20261122T031500Z.dump');
    expect(parseBackupFileName('kassa-20261122T031500Z.sqlite')).toEqual({ at: at - 789, kind: 'sqlite' });
    expect(parseBackupFileName('kassa-20261122T031500Z.dump')).toEqual({ at: at - 789, kind: 'postgres' });
  });

  it('leave every other file alone', () => {
    for (const name of [
      'before-upgrade.sqlite',
      'kassa-20261122T031500Z.sqlite.partial',
      'kassa-20261122T0315Z.sqlite',
      'kassa-20260230T031500Z.sqlite', // 30 February
      'kassa.db.before-restore-20261122T031500Z',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

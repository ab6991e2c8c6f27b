import { describe, expect, it } from 'vitest';
import { loadConfigFromEnv } from '../config';

describe('the backup settings of the environment', () => {
  it('are on at 03:30 unless told otherwise', () => {
    const config = loadConfigFromEnv({});
    expect(config.backups).toBeUndefined();
    expect(config.backupAt).toBeUndefined();
  });

  it('read KASSA_BACKUP=off and KASSA_BACKUP_AT=HH:MM', () => {
    expect(loadConfigFromEnv({ KASSA_BACKUP: 'off', KASSA_BACKUP_AT: '01:15' })).toMatchObject({
      backups: 'off',
      backupAt: '01:15',
    });
    expect(loadConfigFromEnv({ KASSA_BACKUP: 'on', KASSA_BACKUP_AT: '' })).toMatchObject({ backups: 'on' });
  });

  it.each([
    [{ KASSA_BACKUP: 'no' }, /KASSA_BACKUP must be on or off/],
    [{ KASSA_BACKUP_AT: '3:30' }, /KASSA_BACKUP_AT must be a time of day HH:MM/],
    [{ KASSA_BACKUP_AT: '24:00' }, /KASSA_BACKUP_AT/],
  ])('refuse %j', (env, message) => {
    expect(() => loadConfigFromEnv(env)).toThrow(message);
  });
});

import { expect, it } from 'vitest';
import { createSettingsRepository } from './settings-repository';
import { describeEachDialect } from './testing';

describeEachDialect('settings repository', (getDb) => {
  it('stores JSON values by key, overwriting and deleting', async () => {
    const settings = createSettingsRepository(getDb().db);
    expect(await settings.get('demo.seeded')).toBeUndefined();
    await settings.set('demo.seeded', false);
    await settings.set('demo.seeded', { at: 1_700_000_000_000, by: 'cli' });
    await settings.set('instance.name', '老王便利店');
    expect(await settings.get('demo.seeded')).toEqual({ at: 1_700_000_000_000, by: 'cli' });
    expect(await settings.list()).toEqual([
      { key: 'demo.seeded', value: { at: 1_700_000_000_000, by: 'cli' } },
      { key: 'instance.name', value: '老王便利店' },
    ]);
    await settings.delete('demo.seeded');
    expect(await settings.get('demo.seeded')).toBeUndefined();
  });

  it('keeps the first of several values set only if absent, even when they race', async () => {
    const settings = createSettingsRepository(getDb().db);
    const answers = await Promise.all(
      ['a', 'b', 'c', 'd'].map((value) => settings.setIfAbsent('race.key', value)),
    );
    const first = await settings.get('race.key');
    expect(['a', 'b', 'c', 'd']).toContain(first);
    expect(answers).toEqual([first, first, first, first]);
    expect(await settings.setIfAbsent('race.key', 'later')).toBe(first);
  });
});

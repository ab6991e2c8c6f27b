import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function lookup(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('the device messages', () => {
  it('have the keys the pages build from statuses and refusals, in both languages', () => {
    const keys = [
      ...['online', 'offline', 'unpaired', 'disabled'].map((s) => `devices.status.${s}`),
      ...['minutes', 'hours', 'days'].map((u) => `devices.elapsed.${u}`),
      ...['device_revoked', 'device_not_paired', 'register_disabled'].flatMap((r) => [
        `devices.refused.${r}.title`,
        `devices.refused.${r}.body`,
      ]),
    ];
    const missing = keys.filter(
      (key) => typeof lookup(zhCN, key) !== 'string' || typeof lookup(en, key) !== 'string',
    );
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../storage';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEYS, saveSettings } from './settings';

describe('settings', () => {
  it('defaults to light, normal size, Chinese', () => {
    expect(loadSettings(createMemoryStorage())).toEqual({
      theme: 'light',
      fontSize: 'normal',
      language: 'zh-CN',
    });
    expect(DEFAULT_SETTINGS.language).toBe('zh-CN');
  });

  it('persists each preference under its own key and ignores unknown values', () => {
    const storage = createMemoryStorage();
    saveSettings(storage, { theme: 'dark', fontSize: 'x-large', language: 'en' });
    expect(storage.getItem(SETTINGS_KEYS.language)).toBe('en');
    expect(loadSettings(storage)).toEqual({ theme: 'dark', fontSize: 'x-large', language: 'en' });
    storage.setItem(SETTINGS_KEYS.theme, 'neon');
    expect(loadSettings(storage).theme).toBe('light');
  });
});

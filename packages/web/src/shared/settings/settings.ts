import type { KeyValueStorage } from '../storage';

export const THEMES = ['light', 'dark'] as const;
export const FONT_SIZES = ['normal', 'large', 'x-large'] as const;
export const LANGUAGES = ['zh-CN', 'en'] as const;

export type Theme = (typeof THEMES)[number];
export type FontSize = (typeof FONT_SIZES)[number];
export type Language = (typeof LANGUAGES)[number];

/** Per-browser display preferences: they follow the device (a register), not the user. */
export type Settings = { readonly theme: Theme; readonly fontSize: FontSize; readonly language: Language };

export const DEFAULT_SETTINGS: Settings = { theme: 'light', fontSize: 'normal', language: 'zh-CN' };

/** localStorage keys, one per preference so each can be set by hand (or by a test) alone. */
export const SETTINGS_KEYS = {
  theme: 'kassa.theme',
  fontSize: 'kassa.fontSize',
  language: 'kassa.lang',
} as const satisfies Record<keyof Settings, string>;

function pick<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** Reads the preferences; anything missing or unknown falls back to the default. */
export function loadSettings(storage: KeyValueStorage): Settings {
  return {
    theme: pick(THEMES, storage.getItem(SETTINGS_KEYS.theme), DEFAULT_SETTINGS.theme),
    fontSize: pick(FONT_SIZES, storage.getItem(SETTINGS_KEYS.fontSize), DEFAULT_SETTINGS.fontSize),
    language: pick(LANGUAGES, storage.getItem(SETTINGS_KEYS.language), DEFAULT_SETTINGS.language),
  };
}

/** Persists the preferences. */
export function saveSettings(storage: KeyValueStorage, settings: Settings): void {
  storage.setItem(SETTINGS_KEYS.theme, settings.theme);
  storage.setItem(SETTINGS_KEYS.fontSize, settings.fontSize);
  storage.setItem(SETTINGS_KEYS.language, settings.language);
}

/** Puts the preferences on `<html>`, where the CSS custom properties pick them up. */
export function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset.theme = settings.theme;
  root.dataset.fontSize = settings.fontSize;
  root.lang = settings.language;
}

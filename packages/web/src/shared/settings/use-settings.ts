import { useSyncExternalStore } from 'react';
import { i18n } from '../i18n/i18n';
import { browserStorage } from '../storage';
import { applySettings, loadSettings, type Settings, saveSettings } from './settings';

let current: Settings = loadSettings(browserStorage);
const listeners = new Set<() => void>();

/** Applies the stored preferences to the page; called once before the first render. */
export function initSettings(): void {
  applySettings(document.documentElement, current);
}

/** Changes one or more preferences: persisted, applied to the page and to i18next at once. */
export function updateSettings(change: Partial<Settings>): void {
  current = { ...current, ...change };
  saveSettings(browserStorage, current);
  applySettings(document.documentElement, current);
  if (i18n.language !== current.language) void i18n.changeLanguage(current.language);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The display preferences (theme, font size, language) and a setter. */
export function useSettings(): [Settings, typeof updateSettings] {
  return [useSyncExternalStore(subscribe, () => current), updateSettings];
}

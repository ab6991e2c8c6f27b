import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadSettings } from '../settings/settings';
import { browserStorage } from '../storage';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * The app's i18next instance. Both languages are bundled (a few KB each) so switching is instant and
 * works offline; zh-CN is the default and the fallback.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: loadSettings(browserStorage).language,
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

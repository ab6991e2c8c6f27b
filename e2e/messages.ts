import { en } from '../packages/web/src/shared/i18n/en';
import { zhCN } from '../packages/web/src/shared/i18n/zh-CN';

/** The web app's own message catalogues: stories assert the text a user reads, in either language. */
export { en, zhCN };

/** Fills i18next `{{name}}` placeholders the way the app does (no escaping: React escapes). */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

import { stripInvalidXml } from './xml-text';

const MAX_LENGTH = 31;

/**
 * A worksheet name Excel accepts, from a report title: at most 31 characters (UTF-16 units, a
 * surrogate pair is never split), none of [ ] : * ? / \ (each becomes '-', so a date range
 * '2025/03/01' reads '2025-03-01'), no apostrophe at either end, not empty and not the reserved
 * 'History' (both become 'Sheet1').
 */
export function sheetName(title: string): string {
  const cleaned = stripInvalidXml(title)
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\s+/g, ' ');
  let name = '';
  for (const ch of cleaned) {
    if (name.length + ch.length > MAX_LENGTH) break;
    name += ch;
  }
  name = name
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Sheet1' : name;
}

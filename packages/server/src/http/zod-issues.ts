import type { FieldIssue } from '@kassa/api';
import type { z } from 'zod';

/**
 * Turns zod issues into the API's field issues: the path joined with dots (`lines.0.quantity`) and
 * a message a person can read. Unknown keys are reported one per key, at the key's own path, so the
 * UI can point at the offending field.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = issue.path.map((part) => String(part));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: join(prefix, [...base, key]), message: 'unknown field' });
      continue;
    }
    out.push({ path: join(prefix, base), message: issue.message });
  }
  return out;
}

function join(prefix: string, parts: readonly string[]): string {
  return [prefix, ...parts].filter((part) => part !== '').join('.');
}

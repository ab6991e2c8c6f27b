/**
 * Matches a path against a pattern with `:name` segments: ('/backoffice/sales/:id',
 * '/backoffice/sales/0190…') → { id: '0190…' }. Trailing slashes are ignored; null when it does not match.
 */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const want = segments(pattern);
  const have = segments(path);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/**
 * Where to go after signing in: a same-origin path from `?next=`, never an absolute URL (an open
 * redirect would let a link send a cashier's session somewhere else).
 */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  return next;
}

import type { ImportProblem } from '@kassa/api';

/** The problems found so far, by file line, in line order. */
export type ProblemRows = ReadonlyMap<number, readonly ImportProblem[]>;

/**
 * The problem rows after a (re)check: a check leaves the skipped lines out, so their problems are
 * kept from earlier checks (the row stays listed and can be taken back in); every other line shows
 * what the latest check found.
 */
export function mergeProblemRows(
  earlier: ProblemRows,
  found: readonly ImportProblem[],
  skipped: ReadonlySet<number>,
): ProblemRows {
  const rows = new Map<number, ImportProblem[]>();
  for (const [line, problems] of earlier) if (skipped.has(line)) rows.set(line, [...problems]);
  for (const problem of found) {
    const list = rows.get(problem.line) ?? [];
    list.push(problem);
    rows.set(problem.line, list);
  }
  return new Map([...rows].sort(([a], [b]) => a - b));
}

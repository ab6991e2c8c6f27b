import type { ImportProblem } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { mergeProblemRows } from './problem-rows';

const problem = (line: number, code = 'required'): ImportProblem => ({ line, field: 'sku', code, value: '' });

describe('mergeProblemRows', () => {
  it('groups problems by line, in line order', () => {
    const rows = mergeProblemRows(new Map(), [problem(6), problem(3), problem(3, 'bad_money')], new Set());
    expect([...rows.keys()]).toEqual([3, 6]);
    expect(rows.get(3)?.map((p) => p.code)).toEqual(['required', 'bad_money']);
  });

  it('keeps the skipped rows a recheck leaves out, and drops rows now fixed', () => {
    const first = mergeProblemRows(new Map(), [problem(3), problem(4), problem(8)], new Set());
    // Line 4 skipped; line 8's problem gone (another row of the same SKU was skipped); line 9 new.
    const again = mergeProblemRows(first, [problem(3), problem(9)], new Set([4]));
    expect([...again.keys()]).toEqual([3, 4, 9]);
  });
});

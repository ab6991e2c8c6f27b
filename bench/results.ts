import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured figure: its value, its unit and the baseline it is compared with in the same run. */
export type Figure = { value: number; unit: string; baseline: number | null };

export type Figures = Record<string, Figure>;

/** Writes `bench/results/latest.json` so runs can be compared over time. */
export function writeResults(figures: Figures): string {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}

import type { ImportReport, SalesHistoryReport } from '@kassa/api';
import { useCallback, useState } from 'react';
import { api } from '../../shared/api';
import type { ColumnMapping } from './column-mapping';
import type { ImportKind } from './import-kind';
import { mergeProblemRows, type ProblemRows } from './problem-rows';
import type { Delimiter, ImportFile } from './use-import-file';

/** What a check or an import answered: a report on records, or on past sales. */
export type ImportOutcome =
  | { readonly sales: false; readonly report: ImportReport }
  | { readonly sales: true; readonly report: SalesHistoryReport };

/** The new store past sales go into. */
export type NewStore = { readonly code: string; readonly name: string };

export type ImportCheckInput = {
  readonly kind: ImportKind;
  readonly storeId: string;
  readonly newStore: NewStore;
  readonly file: ImportFile;
  readonly delimiter: Delimiter | undefined;
  readonly mapping: ColumnMapping;
};

export type ImportCheckState = {
  /** The latest check, or null before the first. */
  readonly checked: ImportOutcome | null;
  /** Every row a check found a problem in, skipped ones included. */
  readonly problemRows: ProblemRows;
  readonly skip: ReadonlySet<number>;
  readonly toggleSkip: (line: number) => void;
  /** Skips every listed problem row, or (false) takes them all back in. */
  readonly skipAll: (skip: boolean) => void;
  readonly createCategories: boolean;
  readonly setCreateCategories: (create: boolean) => void;
  /** The skipped rows or options changed since the latest check. */
  readonly stale: boolean;
  readonly busy: boolean;
  readonly error: unknown;
  /** A dry run with the rows skipped and options as they are now. */
  readonly check: () => Promise<void>;
  /** The import itself; throws what the server refused (the confirm dialog shows it). */
  readonly commit: () => Promise<ImportOutcome>;
  /** Forgets every check: a new file or another mapping. */
  readonly reset: () => void;
};

const optionsKey = (skip: ReadonlySet<number>, createCategories: boolean) =>
  `${createCategories}:${[...skip].sort((a, b) => a - b).join(',')}`;

/** The check (dry run) and import steps of the wizard, with the rows the user skips. */
export function useImportCheck(input: ImportCheckInput | null): ImportCheckState {
  const [checked, setChecked] = useState<ImportOutcome | null>(null);
  const [checkedKey, setCheckedKey] = useState('');
  const [problemRows, setProblemRows] = useState<ProblemRows>(new Map());
  const [skip, setSkip] = useState<ReadonlySet<number>>(new Set());
  const [createCategories, setCreateCategories] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = useCallback(
    async (dryRun: boolean): Promise<ImportOutcome> => {
      if (!input) throw new Error('no file to import');
      const { kind, file, delimiter, mapping } = input;
      const common = { content: file.content, mapping, dryRun, ...(delimiter ? { delimiter } : {}) };
      if (kind === 'sales_history') {
        const report = await api.call('importSalesHistory', {
          body: { ...common, storeCode: input.newStore.code.trim(), storeName: input.newStore.name.trim() },
        });
        return { sales: true, report };
      }
      const report = await api.call('importFile', {
        params: { storeId: input.storeId },
        body: { ...common, entity: kind, skipLines: [...skip], createCategories },
      });
      return { sales: false, report };
    },
    [input, skip, createCategories],
  );

  const check = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await send(true);
      setChecked(outcome);
      setCheckedKey(optionsKey(skip, createCategories));
      setProblemRows((earlier) => mergeProblemRows(earlier, outcome.report.problems, skip));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }, [send, skip, createCategories]);

  const toggleSkip = useCallback((line: number) => {
    setSkip((current) => {
      const next = new Set(current);
      if (!next.delete(line)) next.add(line);
      return next;
    });
  }, []);

  const skipAll = useCallback(
    (all: boolean) => setSkip(all ? new Set(problemRows.keys()) : new Set()),
    [problemRows],
  );

  const reset = useCallback(() => {
    setChecked(null);
    setCheckedKey('');
    setProblemRows(new Map());
    setSkip(new Set());
    setError(null);
  }, []);

  return {
    checked,
    problemRows,
    skip,
    toggleSkip,
    skipAll,
    createCategories,
    setCreateCategories,
    stale: checked !== null && checkedKey !== optionsKey(skip, createCategories),
    busy,
    error,
    check,
    commit: () => send(false),
    reset,
  };
}

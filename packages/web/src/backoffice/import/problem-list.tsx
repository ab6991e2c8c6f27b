import { useTranslation } from 'react-i18next';
import type { ImportKind } from './import-kind';
import type { ProblemRows } from './problem-rows';
import { problemText } from './problem-text';

export type ProblemListProps = {
  readonly kind: ImportKind;
  readonly rows: ProblemRows;
  /** Null where rows cannot be skipped (past sales). */
  readonly skip: ReadonlySet<number> | null;
  readonly onToggle: (line: number) => void;
};

/** The rows with problems, by file line: per problem the field, what the cell said, and why, in words. */
export function ProblemList({ kind, rows, skip, onToggle }: ProblemListProps) {
  const { t } = useTranslation();
  return (
    <ul className="import-problems" data-testid="import-problems">
      {[...rows].map(([line, problems]) => {
        const skipped = skip?.has(line) ?? false;
        return (
          <li
            key={line}
            className={skipped ? 'import-problem import-problem--skipped' : 'import-problem'}
            data-testid="import-problem"
            data-line={line}
          >
            <div className="import-problem__head">
              <strong>{t('import.check.line', { line })}</strong>
              {skip && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={skipped}
                    onChange={() => onToggle(line)}
                    data-testid="import-problem-skip"
                  />
                  {t('import.check.skip')}
                </label>
              )}
            </div>
            <ul className="import-problem__list">
              {problems.map((problem) => (
                <li
                  key={`${problem.field}:${problem.code}:${problem.value}`}
                  data-testid="import-problem-item"
                  data-code={problem.code}
                  data-field={problem.field}
                >
                  <span className="import-problem__reason">{problemText(t, kind, problem)}</span>
                  <span className="import-problem__value muted">
                    {t('import.check.value', {
                      value: problem.value === '' ? t('import.check.emptyValue') : problem.value,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

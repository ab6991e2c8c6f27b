import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from './use-import-check';

/** What the latest check found, in one sentence, and whether the file may now be imported. */
export function CheckSummary({ outcome }: { readonly outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const { report } = outcome;
  return (
    <div className="import-summary" data-testid="import-summary" data-problems={report.problemCount}>
      <p data-testid="import-summary-text">
        {outcome.sales
          ? t('import.check.salesSummary', {
              rows: outcome.report.rows,
              sales: outcome.report.sales,
              returns: outcome.report.returns,
              products: outcome.report.products,
              adjustments: outcome.report.stockAdjustments,
            })
          : t('import.check.summary', {
              rows: outcome.report.rows,
              valid: outcome.report.valid,
              problemRows: outcome.report.rows - outcome.report.skipped - outcome.report.valid,
              skipped: outcome.report.skipped,
            })}
      </p>
      {report.problemCount === 0 && (
        <p className="import-ok" role="status" data-testid="import-ok">
          {t('import.check.ok')}
        </p>
      )}
    </div>
  );
}

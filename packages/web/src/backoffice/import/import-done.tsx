import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import type { ImportOutcome, NewStore } from './use-import-check';

export type ImportDoneProps = {
  readonly outcome: ImportOutcome;
  readonly newStore: NewStore;
  readonly onAgain: () => void;
};

/** Step 5: what the import wrote: rows, categories made and rows skipped; or the new store's sales. */
export function ImportDone({ outcome, newStore, onAgain }: ImportDoneProps) {
  const { t } = useTranslation();
  return (
    <section className="import-panel" data-testid="import-done">
      <h2>{t('import.done.title')}</h2>
      {outcome.sales ? (
        <>
          <p data-testid="import-done-store">
            {t('import.done.store', { name: newStore.name.trim(), code: newStore.code.trim() })}
          </p>
          <ul className="import-counts">
            <li data-testid="import-done-sales">{t('import.done.sales', { count: outcome.report.sales })}</li>
            <li data-testid="import-done-returns">
              {t('import.done.returns', { count: outcome.report.returns })}
            </li>
            <li data-testid="import-done-products">
              {t('import.done.products', { count: outcome.report.products })}
            </li>
            <li>{t('import.done.adjustments', { count: outcome.report.stockAdjustments })}</li>
          </ul>
        </>
      ) : (
        <ul className="import-counts">
          <li data-testid="import-done-imported">
            {t('import.done.imported', { count: outcome.report.imported })}
          </li>
          {outcome.report.createdCategories > 0 && (
            <li data-testid="import-done-categories">
              {t('import.done.createdCategories', { count: outcome.report.createdCategories })}
            </li>
          )}
          <li data-testid="import-done-skipped">
            {t('import.done.skipped', { count: outcome.report.skipped })}
          </li>
        </ul>
      )}
      <div className="import-actions">
        <Button variant="primary" onClick={onAgain} data-testid="import-again">
          {t('import.done.again')}
        </Button>
      </div>
    </section>
  );
}

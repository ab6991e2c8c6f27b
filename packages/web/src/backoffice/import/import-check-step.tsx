import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { CheckSummary } from './check-summary';
import type { ImportKind } from './import-kind';
import { ProblemList } from './problem-list';
import { importErrorText } from './problem-text';
import type { ImportCheckState, ImportOutcome, NewStore } from './use-import-check';

export type ImportCheckStepProps = {
  readonly kind: ImportKind;
  readonly check: ImportCheckState;
  /** The name of the store the records go into. */
  readonly storeName: string;
  readonly newStore: NewStore;
  readonly onBack: () => void;
  readonly onImported: (outcome: ImportOutcome) => void;
};

/**
 * Step 4: the dry run's report; problem rows skipped one by one or all at once, then checked again.
 * Import is offered only when the latest check, with the rows skipped as they are now, found no
 * problem: the server would refuse the whole file otherwise.
 */
export function ImportCheckStep({
  kind,
  check,
  storeName,
  newStore,
  onBack,
  onImported,
}: ImportCheckStepProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { checked } = check;
  const sales = kind === 'sales_history';
  const ready =
    checked !== null &&
    !check.stale &&
    !check.busy &&
    checked.report.problemCount === 0 &&
    checked.report.rows > 0;
  return (
    <section className="import-panel" data-testid="import-check-step">
      {checked && <CheckSummary outcome={checked} />}
      {kind === 'products' && (
        <label className="checkbox import-switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={check.createCategories}
            checked={check.createCategories}
            onChange={(e) => check.setCreateCategories(e.target.checked)}
            data-testid="import-create-categories"
          />
          {t('import.check.createCategories')}
        </label>
      )}
      {check.problemRows.size > 0 && (
        <>
          <div className="import-problems__head">
            <h3>{t('import.check.problemsTitle')}</h3>
            {!sales && (
              <div className="import-actions">
                <Button onClick={() => check.skipAll(true)} data-testid="import-skip-all">
                  {t('import.check.skipAll')}
                </Button>
                {check.skip.size > 0 && (
                  <Button variant="ghost" onClick={() => check.skipAll(false)} data-testid="import-skip-none">
                    {t('import.check.unskipAll')}
                  </Button>
                )}
              </div>
            )}
          </div>
          {sales && <p className="muted">{t('import.check.salesFix')}</p>}
          {checked && checked.report.problemCount > checked.report.problems.length && (
            <p className="muted">
              {t('import.check.problemsMore', {
                shown: checked.report.problems.length,
                count: checked.report.problemCount,
              })}
            </p>
          )}
          <ProblemList
            kind={kind}
            rows={check.problemRows}
            skip={sales ? null : check.skip}
            onToggle={check.toggleSkip}
          />
        </>
      )}
      {check.stale && (
        <p className="notice" role="status" data-testid="import-stale">
          {t('import.check.stale')}
        </p>
      )}
      {check.error !== null && (
        <p className="form-error" role="alert" data-testid="import-check-error">
          {importErrorText(t, check.error)}
        </p>
      )}
      {checked && !ready && !check.stale && checked.report.problemCount > 0 && (
        <p className="muted" data-testid="import-blocked">
          {t('import.commit.blocked')}
        </p>
      )}
      <div className="import-actions">
        <Button onClick={onBack} data-testid="import-back">
          {t('common.back')}
        </Button>
        <Button
          variant={check.stale ? 'primary' : 'secondary'}
          onClick={() => void check.check()}
          disabled={check.busy}
          data-testid="import-recheck"
        >
          {check.busy ? t('import.check.running') : t('import.check.rerun')}
        </Button>
        <Button
          variant="primary"
          disabled={!ready}
          onClick={() => setConfirming(true)}
          data-testid="import-commit"
        >
          {t('import.commit.run')}
        </Button>
      </div>
      {confirming && checked && (
        <ConfirmDialog
          title={t('import.commit.title')}
          confirmLabel={t('import.commit.run')}
          testId="import-confirm"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const outcome = await check.commit();
            setConfirming(false);
            onImported(outcome);
          }}
        >
          <p>
            {checked.sales
              ? t('import.commit.salesBody', {
                  name: newStore.name.trim(),
                  code: newStore.code.trim(),
                  sales: checked.report.sales,
                  returns: checked.report.returns,
                })
              : t('import.commit.body', {
                  valid: checked.report.valid,
                  kind: t(`import.kinds.${kind}`),
                  store: storeName,
                  skipped: checked.report.skipped,
                })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

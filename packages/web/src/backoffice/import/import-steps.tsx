import { useTranslation } from 'react-i18next';

/** The steps of the import wizard, in order. */
export const IMPORT_STEPS = ['source', 'preview', 'mapping', 'check', 'done'] as const;

export type ImportStep = (typeof IMPORT_STEPS)[number];

/** Where the wizard is: the steps in a row, the current one marked (its name alone on a phone). */
export function ImportSteps({ current }: { readonly current: ImportStep }) {
  const { t } = useTranslation();
  const at = IMPORT_STEPS.indexOf(current);
  return (
    <ol className="import-steps" aria-label={t('import.stepOf', { n: at + 1, total: IMPORT_STEPS.length })}>
      {IMPORT_STEPS.map((step, i) => (
        <li
          key={step}
          className={i < at ? 'import-steps__step import-steps__step--done' : 'import-steps__step'}
          aria-current={step === current ? 'step' : undefined}
          data-testid={`import-step-${step}`}
        >
          <span className="import-steps__n">{i + 1}</span>
          <span className="import-steps__label">{t(`import.steps.${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}

import { useTranslation } from 'react-i18next';

/** A page-level "loading…" placeholder, announced to screen readers. */
export function Loading({ testId = 'loading' }: { readonly testId?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" data-testid={testId}>
      {t('common.loading')}
    </p>
  );
}

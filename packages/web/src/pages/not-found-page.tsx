import { useTranslation } from 'react-i18next';
import { Link } from '../shared/components/link';
import { TopBar } from '../shared/components/top-bar';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <TopBar />
      <main className="page__main centered" data-testid="not-found">
        <h1>{t('notFound.title')}</h1>
        <Link href="/">{t('notFound.home')}</Link>
      </main>
    </div>
  );
}

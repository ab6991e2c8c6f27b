import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';
import { useSession } from '../../shared/session/use-session';

/**
 * The way to 数据迁移 from the products page, for those who write the catalogue: on a phone the tab
 * bar has no room for it, so this is where it is found.
 */
export function ImportLink() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me?.permissions.includes('catalog.write')) return null;
  return (
    <Link href="/backoffice/import" className="btn btn--secondary" data-testid="products-import">
      {t('import.open')}
    </Link>
  );
}

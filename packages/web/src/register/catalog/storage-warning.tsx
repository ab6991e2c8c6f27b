import { useTranslation } from 'react-i18next';
import { useStoragePersistence } from './use-storage-persistence';

/**
 * A one-line warning, shown only when the browser refused to keep the register's data for good:
 * the offline catalogue (and anything else stored) may then be evicted when the disk runs short.
 */
export function StorageWarning() {
  const { t } = useTranslation();
  const persistence = useStoragePersistence();
  if (persistence !== 'refused') return null;
  return (
    <p className="storage-warning muted" role="status" data-testid="storage-warning">
      ⚠ {t('errors.storage_not_persistent')}
    </p>
  );
}

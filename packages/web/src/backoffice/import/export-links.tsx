import type { Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';

const ENTITIES = ['products', 'categories', 'suppliers', 'stock'] as const;

/**
 * Downloads of the catalogue, suppliers and the store's stock as CSV, in the columns the import
 * reads: plain links, so the browser saves the file with the session cookie sent along.
 */
export function ExportLinks({ store }: { readonly store: Store }) {
  const { t } = useTranslation();
  return (
    <section className="import-panel" aria-labelledby="import-exports" data-testid="import-exports">
      <h2 id="import-exports">{t('import.exports.title')}</h2>
      <p className="muted">{t('import.exports.hint')}</p>
      <div className="import-actions">
        {ENTITIES.map((entity) => (
          <a
            key={entity}
            className="btn btn--secondary"
            href={api.url('exportRecords', {
              params: { entity },
              query: entity === 'stock' ? { storeId: store.id } : {},
            })}
            download={entity === 'stock' ? `stock-${store.code}.csv` : `${entity}.csv`}
            data-testid={`export-${entity}`}
          >
            {entity === 'stock'
              ? t('import.exports.stock', { store: store.name })
              : t(`import.exports.${entity}`)}
          </a>
        ))}
      </div>
    </section>
  );
}

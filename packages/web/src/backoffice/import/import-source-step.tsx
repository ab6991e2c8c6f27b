import type { Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Field } from '../../shared/components/field';
import type { ImportKind } from './import-kind';
import { importErrorText } from './problem-text';
import type { NewStore } from './use-import-check';

export type ImportSourceStepProps = {
  /** The kinds this user may import. */
  readonly kinds: readonly ImportKind[];
  readonly kind: ImportKind;
  readonly onKind: (kind: ImportKind) => void;
  readonly stores: readonly Store[];
  readonly storeId: string;
  readonly onStore: (storeId: string) => void;
  readonly newStore: NewStore;
  readonly onNewStore: (store: NewStore) => void;
  readonly onFile: (file: File) => void;
  /** The name of the file being read, or null. */
  readonly reading: string | null;
  readonly error: unknown;
};

/** Step 1: what the file holds, where it goes (a store, or a new one for past sales), and the file. */
export function ImportSourceStep(props: ImportSourceStepProps) {
  const { t } = useTranslation();
  const { kind, newStore, onNewStore } = props;
  const sales = kind === 'sales_history';
  const storeReady = !sales || (newStore.code.trim() !== '' && newStore.name.trim() !== '');
  return (
    <section className="import-panel" data-testid="import-source">
      <fieldset className="choice-list">
        <legend className="field__label">{t('import.source.kind')}</legend>
        {props.kinds.map((option) => (
          <label key={option} className="choice import-kind">
            <input
              type="radio"
              name="import-kind"
              value={option}
              checked={kind === option}
              onChange={() => props.onKind(option)}
              data-testid={`import-kind-${option}`}
            />
            <span>
              {t(`import.kinds.${option}`)}
              <small className="muted import-kind__hint">{t(`import.kindHints.${option}`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {sales ? (
        <fieldset className="import-new-store">
          <legend className="field__label">{t('import.source.newStore')}</legend>
          <p className="field__hint">{t('import.source.newStoreHint')}</p>
          <div className="form-row">
            <Field label={t('import.source.newStoreCode')}>
              {(control) => (
                <input
                  {...control}
                  value={newStore.code}
                  maxLength={10}
                  onChange={(e) => onNewStore({ ...newStore, code: e.target.value })}
                  data-testid="import-new-store-code"
                />
              )}
            </Field>
            <Field label={t('import.source.newStoreName')}>
              {(control) => (
                <input
                  {...control}
                  value={newStore.name}
                  maxLength={60}
                  onChange={(e) => onNewStore({ ...newStore, name: e.target.value })}
                  data-testid="import-new-store-name"
                />
              )}
            </Field>
          </div>
        </fieldset>
      ) : (
        props.stores.length > 1 && (
          <Field label={t('import.source.store')}>
            {(control) => (
              <select
                {...control}
                value={props.storeId}
                onChange={(e) => props.onStore(e.target.value)}
                data-testid="import-store"
              >
                {props.stores.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )
      )}
      <Field label={t('import.source.file')} hint={t('import.source.fileHint')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={!storeReady || props.reading !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared, so picking the same file again (after fixing it) reads it again.
              e.target.value = '';
              if (file) props.onFile(file);
            }}
            data-testid="import-file"
          />
        )}
      </Field>
      {props.reading !== null && (
        <p className="muted" role="status">
          {t('import.source.reading', { name: props.reading })}
        </p>
      )}
      {props.error !== null && (
        <p className="form-error" role="alert" data-testid="import-file-error">
          {importErrorText(t, props.error)}
        </p>
      )}
    </section>
  );
}

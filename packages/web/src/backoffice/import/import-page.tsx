import type { Me, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { type ColumnMapping, savedColumns, suggestedMapping } from './column-mapping';
import { ExportLinks } from './export-links';
import { ImportCheckStep } from './import-check-step';
import { ImportDone } from './import-done';
import { IMPORT_KINDS, type ImportKind, mayImport } from './import-kind';
import { ImportMappingStep } from './import-mapping-step';
import { ImportPreviewStep } from './import-preview-step';
import { ImportSourceStep } from './import-source-step';
import { type ImportStep, ImportSteps } from './import-steps';
import { type ImportOutcome, type NewStore, useImportCheck } from './use-import-check';
import { useImportFile } from './use-import-file';
import './import.css';

export type ImportPageProps = {
  readonly store: Store;
  readonly stores: readonly Store[];
  readonly me: Me;
};

/**
 * `/backoffice/import`, 数据迁移: a file from another POS or Excel, read, mapped to fields, checked
 * (dry run) and imported whole; and the exports. Shown to those who write the catalogue; past sales
 * (a new store) only to the owner.
 */
export function ImportPage({ store, stores, me }: ImportPageProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const kinds = IMPORT_KINDS.filter((k) => mayImport(me, k));
  const [step, setStep] = useState<ImportStep>('source');
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'products');
  const [storeId, setStoreId] = useState(store.id);
  const [newStore, setNewStore] = useState<NewStore>({ code: '', name: '' });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [remember, setRemember] = useState(false);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const file = useImportFile();
  const chosen = stores.find((s) => s.id === storeId) ?? store;
  const check = useImportCheck(
    file.file
      ? { kind, storeId: chosen.id, newStore, file: file.file, delimiter: file.delimiter, mapping }
      : null,
  );
  const preview = file.preview;

  const toMapping = () => {
    if (preview) setMapping(suggestedMapping(kind, preview.mappings[kind], preview.header.length));
    setStep('mapping');
  };

  const runCheck = async () => {
    if (remember && preview) {
      setSaving(true);
      try {
        await api.call('saveImportMapping', {
          params: { entity: kind },
          body: { columns: savedColumns(kind, mapping, preview.header) },
        });
        toast(t('import.mapping.saved'), 'success');
      } catch (failure) {
        toast(errorMessage(t, failure), 'error');
      } finally {
        setSaving(false);
      }
    }
    setStep('check');
    await check.check();
  };

  return (
    <section className="bo-page import-page" data-testid="import-page">
      <header className="bo-page__header">
        <h1>{t('import.title')}</h1>
      </header>
      {step === 'source' && <p className="muted import-intro">{t('import.intro')}</p>}
      <ImportSteps current={step} />
      {step === 'source' && (
        <ImportSourceStep
          kinds={kinds}
          kind={kind}
          onKind={setKind}
          stores={stores}
          storeId={chosen.id}
          onStore={setStoreId}
          newStore={newStore}
          onNewStore={setNewStore}
          reading={file.reading}
          error={file.error}
          onFile={(picked) => {
            void file.pick(picked).then((read) => {
              if (!read) return;
              check.reset();
              setStep('preview');
            });
          }}
        />
      )}
      {step === 'preview' && preview && (
        <ImportPreviewStep
          preview={preview}
          fileName={file.file?.name ?? ''}
          busy={file.reading !== null}
          error={file.error}
          onDelimiter={(delimiter) => void file.reread(delimiter)}
          onBack={() => setStep('source')}
          onNext={toMapping}
        />
      )}
      {step === 'mapping' && preview && (
        <ImportMappingStep
          kind={kind}
          preview={preview}
          mapping={mapping}
          onMapping={setMapping}
          remember={remember}
          onRemember={setRemember}
          busy={saving || check.busy}
          onBack={() => setStep('preview')}
          onCheck={() => void runCheck()}
        />
      )}
      {step === 'check' && (
        <ImportCheckStep
          kind={kind}
          check={check}
          storeName={chosen.name}
          newStore={newStore}
          onBack={() => {
            check.reset();
            setStep('mapping');
          }}
          onImported={(outcome) => {
            setDone(outcome);
            setStep('done');
          }}
        />
      )}
      {step === 'done' && done && (
        <ImportDone
          outcome={done}
          newStore={newStore}
          onAgain={() => {
            check.reset();
            setDone(null);
            setNewStore({ code: '', name: '' });
            setStep('source');
          }}
        />
      )}
      {step === 'source' && <ExportLinks store={chosen} />}
    </section>
  );
}

import type { ImportPreview } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { importErrorText } from './problem-text';
import { SampleTable } from './sample-table';
import type { Delimiter } from './use-import-file';

const DELIMITERS: readonly { value: Delimiter; key: 'comma' | 'semicolon' | 'tab' }[] = [
  { value: ',', key: 'comma' },
  { value: ';', key: 'semicolon' },
  { value: '\t', key: 'tab' },
];

/** The encodings as a merchant knows them: GB18030 is what Excel on Chinese Windows calls GBK. */
const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Unicode)',
  'utf-16be': 'UTF-16 BE (Unicode)',
  gb18030: 'GBK / GB18030',
};

export type ImportPreviewStepProps = {
  readonly preview: ImportPreview;
  readonly fileName: string;
  /** Reading the file again (another delimiter). */
  readonly busy: boolean;
  /** Why reading it again failed, if it did. */
  readonly error: unknown;
  readonly onDelimiter: (delimiter: Delimiter) => void;
  readonly onBack: () => void;
  readonly onNext: () => void;
};

/** Step 2: how the server read the file (format, encoding, delimiter, rows) and its first rows. */
export function ImportPreviewStep(props: ImportPreviewStepProps) {
  const { preview, fileName, busy, error, onDelimiter, onBack, onNext } = props;
  const { t } = useTranslation();
  const encoding =
    preview.encoding === null
      ? t('import.preview.noEncoding')
      : (ENCODING_NAMES[preview.encoding] ?? preview.encoding);
  return (
    <section className="import-panel" data-testid="import-preview">
      <h2>{t('import.preview.title')}</h2>
      <p className="import-file-name">{fileName}</p>
      <dl className="import-facts">
        <div>
          <dt>{t('import.preview.format')}</dt>
          <dd data-testid="import-format">{preview.format.toUpperCase()}</dd>
        </div>
        <div>
          <dt>{t('import.preview.encoding')}</dt>
          <dd data-testid="import-encoding">{encoding}</dd>
        </div>
        <div>
          <dt>{t('import.preview.rows')}</dt>
          <dd data-testid="import-row-count">{preview.rowCount}</dd>
        </div>
      </dl>
      {preview.format === 'csv' && (
        <fieldset className="import-delimiter">
          <legend className="field__label">{t('import.preview.delimiter')}</legend>
          <div className="segmented">
            {DELIMITERS.map(({ value, key }) => (
              <button
                key={key}
                type="button"
                className="chip"
                aria-pressed={preview.delimiter === value}
                disabled={busy}
                onClick={() => onDelimiter(value)}
                data-testid={`import-delimiter-${key}`}
              >
                {t(`import.preview.delimiters.${key}`)}
              </button>
            ))}
          </div>
          <p className="field__hint">{t('import.preview.delimiterHint')}</p>
        </fieldset>
      )}
      {error !== null && (
        <p className="form-error" role="alert">
          {importErrorText(t, error)}
        </p>
      )}
      <h3>{t('import.preview.sample', { count: preview.sample.length })}</h3>
      <SampleTable header={preview.header} sample={preview.sample} />
      <div className="import-actions">
        <Button onClick={onBack} data-testid="import-back">
          {t('common.back')}
        </Button>
        <Button variant="primary" onClick={onNext} disabled={busy} data-testid="import-next">
          {t('import.next')}
        </Button>
      </div>
    </section>
  );
}

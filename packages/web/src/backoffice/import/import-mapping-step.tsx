import type { ImportPreview } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { type ColumnMapping, unmappedRequired } from './column-mapping';
import { fieldsOf, type ImportKind, isRequiredField } from './import-kind';
import { fieldLabel } from './problem-text';

export type ImportMappingStepProps = {
  readonly kind: ImportKind;
  readonly preview: ImportPreview;
  readonly mapping: ColumnMapping;
  readonly onMapping: (mapping: ColumnMapping) => void;
  readonly remember: boolean;
  readonly onRemember: (remember: boolean) => void;
  readonly busy: boolean;
  readonly onBack: () => void;
  /** Checks the file with this mapping (a dry run). */
  readonly onCheck: () => void;
};

/**
 * Step 3: per field, the column it is read from, prefilled from the preview's suggestion; the first
 * row's cell is shown under each so a wrong pick is seen at once.
 */
export function ImportMappingStep(props: ImportMappingStepProps) {
  const { t, i18n } = useTranslation();
  const { kind, preview, mapping } = props;
  const first = preview.sample[0]?.fields ?? [];
  const missing = unmappedRequired(kind, mapping);
  return (
    <section className="import-panel" data-testid="import-mapping">
      <h2>{t('import.mapping.title')}</h2>
      <p className="muted">{t('import.mapping.hint')}</p>
      <div className="import-mapping">
        {fieldsOf(kind).map((field) => {
          const column = mapping[field] ?? null;
          const example = column === null ? '' : (first[column] ?? '');
          const required = isRequiredField(kind, field);
          return (
            <Field
              key={field}
              label={
                <>
                  {fieldLabel(t, kind, field)}
                  {required && (
                    <abbr className="import-required" title={t('import.mapping.required')}>
                      {' *'}
                    </abbr>
                  )}
                </>
              }
              hint={example === '' ? undefined : t('import.mapping.example', { value: example })}
            >
              {(control) => (
                <select
                  {...control}
                  value={column === null ? '' : String(column)}
                  onChange={(e) =>
                    props.onMapping({
                      ...mapping,
                      [field]: e.target.value === '' ? null : Number(e.target.value),
                    })
                  }
                  data-testid={`import-map-${field}`}
                >
                  <option value="">{t('import.mapping.none')}</option>
                  {preview.header.map((name, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position
                    <option key={i} value={String(i)}>
                      {name || t('import.preview.column', { n: i + 1 })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        })}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.remember}
          onChange={(e) => props.onRemember(e.target.checked)}
          data-testid="import-remember"
        />
        {t('import.mapping.remember')}
      </label>
      {missing.length > 0 && (
        <p className="form-error" role="alert" data-testid="import-mapping-missing">
          {t('import.mapping.missing', {
            fields: new Intl.ListFormat(i18n.language).format(missing.map((f) => fieldLabel(t, kind, f))),
          })}
        </p>
      )}
      <div className="import-actions">
        <Button onClick={props.onBack} data-testid="import-back">
          {t('common.back')}
        </Button>
        <Button
          variant="primary"
          onClick={props.onCheck}
          disabled={missing.length > 0 || props.busy}
          data-testid="import-check"
        >
          {props.busy ? t('import.check.running') : t('import.check.run')}
        </Button>
      </div>
    </section>
  );
}

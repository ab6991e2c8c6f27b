import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';

/** A product's barcodes, one per row; rows are added and removed, empty rows are ignored. */
export function BarcodeRows({
  barcodes,
  error,
  onChange,
}: {
  readonly barcodes: readonly string[];
  readonly error: string | undefined;
  readonly onChange: (barcodes: readonly string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className={`field barcodes ${error ? 'field--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">{t('product.barcodes')}</legend>
      {barcodes.map((code, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; a barcode may be typed twice
        <div key={i} className="barcodes__row">
          <input
            aria-label={t('product.barcodeRow', { row: i + 1 })}
            inputMode="numeric"
            autoComplete="off"
            value={code}
            onChange={(e) => onChange(barcodes.map((b, k) => (k === i ? e.target.value : b)))}
            data-testid="product-barcode-input"
            data-index={i}
          />
          <Button
            variant="ghost"
            className="btn--square"
            aria-label={t('product.barcodeRemove', { row: i + 1 })}
            onClick={() => onChange(barcodes.length > 1 ? barcodes.filter((_, k) => k !== i) : [''])}
            data-testid="product-barcode-remove"
          >
            ×
          </Button>
        </div>
      ))}
      <Button onClick={() => onChange([...barcodes, ''])} data-testid="product-barcode-add">
        {t('product.barcodeAdd')}
      </Button>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert" data-testid="product-barcodes-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

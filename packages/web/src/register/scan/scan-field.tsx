import { useTranslation } from 'react-i18next';
import type { Scanner } from './use-scanner';

/** The scan field: where a scanner (or a cashier typing a code) enters barcodes, ending with Enter. */
export function ScanField({ scanner }: { readonly scanner: Scanner }) {
  const { t } = useTranslation();
  return (
    <div
      className={`scan ${scanner.flashing ? 'scan--error' : ''}`}
      data-testid="scan"
      data-failures={scanner.failures}
    >
      <label htmlFor="scan-input" className="visually-hidden">
        {t('register.scan.label')}
      </label>
      <input
        id="scan-input"
        ref={scanner.inputRef}
        className="scan__input"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('register.scan.placeholder')}
        defaultValue=""
        aria-invalid={scanner.error !== null}
        aria-describedby={scanner.error ? 'scan-error' : undefined}
        onChange={(event) => scanner.setCode(event.target.value.replace(/\s/g, ''))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            scanner.submit();
          }
        }}
        data-testid="scan-input"
      />
      <p
        id="scan-error"
        className="scan__error"
        role="alert"
        data-testid="scan-error"
        hidden={!scanner.error}
      >
        {scanner.error}
      </p>
    </div>
  );
}

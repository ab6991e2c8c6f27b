import { useTranslation } from 'react-i18next';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export type PinPadProps = {
  readonly onDigit: (digit: string) => void;
  readonly onBackspace: () => void;
  readonly onClear: () => void;
  readonly disabled?: boolean;
};

/** A large on-screen number pad for PINs on a touchscreen (a keyboard works too). */
export function PinPad({ onDigit, onBackspace, onClear, disabled = false }: PinPadProps) {
  const { t } = useTranslation();
  const key = (digit: string) => (
    <button
      key={digit}
      type="button"
      className="btn btn--secondary pin-pad__key"
      disabled={disabled}
      data-testid={`pin-key-${digit}`}
      onClick={() => onDigit(digit)}
    >
      {digit}
    </button>
  );
  return (
    <fieldset className="pin-pad">
      <legend className="visually-hidden">{t('pin.pad')}</legend>
      {KEYS.map(key)}
      <button
        type="button"
        className="btn btn--ghost pin-pad__key"
        disabled={disabled}
        data-testid="pin-clear"
        onClick={onClear}
      >
        {t('pin.clear')}
      </button>
      {key('0')}
      <button
        type="button"
        className="btn btn--ghost pin-pad__key"
        disabled={disabled}
        aria-label={t('pin.backspace')}
        data-testid="pin-backspace"
        onClick={onBackspace}
      >
        ⌫
      </button>
    </fieldset>
  );
}

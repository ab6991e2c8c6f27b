import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/dialog';
import { FONT_SIZES, LANGUAGES, THEMES } from './settings';
import { useSettings } from './use-settings';

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { 'zh-CN': '中文', en: 'English' };

type ChoiceProps<T extends string> = {
  readonly legend: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly label: (option: T) => string;
  readonly onChange: (option: T) => void;
  readonly testId: string;
};

/** A row of toggle buttons, one pressed: large touch targets instead of a tiny select. */
function Choice<T extends string>({ legend, options, value, label, onChange, testId }: ChoiceProps<T>) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      <div className="choice__options">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="btn btn--secondary"
            aria-pressed={option === value}
            data-testid={`${testId}-${option}`}
            onClick={() => onChange(option)}
          >
            {label(option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** The settings button of every screen: language, light/dark theme, font size. */
export function SettingsMenu() {
  const { t } = useTranslation();
  const [settings, update] = useSettings();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn--ghost icon-button"
        aria-label={t('settings.title')}
        title={t('settings.title')}
        data-testid="settings-button"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">⚙</span>
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('settings.title')} testId="settings-dialog">
        <Choice
          legend={t('settings.language')}
          options={LANGUAGES}
          value={settings.language}
          label={(l) => LANGUAGE_NAMES[l]}
          onChange={(language) => update({ language })}
          testId="settings-language"
        />
        <Choice
          legend={t('settings.theme')}
          options={THEMES}
          value={settings.theme}
          label={(theme) => t(`settings.themes.${theme}`)}
          onChange={(theme) => update({ theme })}
          testId="settings-theme"
        />
        <Choice
          legend={t('settings.fontSize')}
          options={FONT_SIZES}
          value={settings.fontSize}
          label={(size) => t(`settings.fontSizes.${size}`)}
          onChange={(fontSize) => update({ fontSize })}
          testId="settings-font"
        />
      </Dialog>
    </>
  );
}

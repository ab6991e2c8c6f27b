import { useTranslation } from 'react-i18next';

const HINTS = [
  ['F9 / Space', 'pay'],
  ['F2', 'search'],
  ['F4', 'discount'],
  ['F6', 'editLine'],
  ['+ / −', 'quantity'],
  ['Del', 'remove'],
  ['F7', 'park'],
  ['F8', 'print'],
  ['Alt+1…9', 'favourite'],
  ['Enter', 'newSale'],
] as const;

/** The keyboard shortcuts of the register, always in view on a desktop-sized screen. */
export function ShortcutHints() {
  const { t } = useTranslation();
  return (
    <aside className="shortcut-hints" aria-label={t('register.shortcuts.title')} data-testid="shortcut-hints">
      {HINTS.map(([keys, action]) => (
        <span key={action}>
          <kbd>{keys}</kbd> {t(`register.shortcuts.${action}`)}
        </span>
      ))}
    </aside>
  );
}

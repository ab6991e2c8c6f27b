import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsMenu } from '../settings/settings-menu';

/** The bar at the top of every screen: the brand, what the screen adds, and the settings menu. */
export function TopBar({ children, title }: { readonly children?: ReactNode; readonly title?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <span className="top-bar__brand">{t('app.name')}</span>
      {title && <span className="top-bar__title">{title}</span>}
      <div className="top-bar__actions">
        {children}
        <SettingsMenu />
      </div>
    </header>
  );
}

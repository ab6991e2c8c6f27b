import type { Me, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../shared/components/button';
import { TopBar } from '../shared/components/top-bar';
import { useSession } from '../shared/session/use-session';
import { navigate } from '../use-route';

export type BackofficeHeaderProps = {
  readonly me: Me;
  readonly stores: readonly Store[];
  readonly store: Store | null;
  readonly onSelectStore: (storeId: string) => void;
};

/** Signed-in user, store picker, settings and sign out. */
export function BackofficeHeader({ me, stores, store, onSelectStore }: BackofficeHeaderProps) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  return (
    <TopBar title={t('backoffice.title')}>
      {stores.length > 1 ? (
        <label className="store-picker">
          <span className="visually-hidden">{t('backoffice.store')}</span>
          <select
            value={store?.id ?? ''}
            onChange={(e) => onSelectStore(e.target.value)}
            data-testid="backoffice-store"
          >
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span data-testid="backoffice-store">{store?.name}</span>
      )}
      <span className="top-bar__user" data-testid="current-user">
        {me.displayName}
      </span>
      <Button
        variant="ghost"
        onClick={async () => {
          await signOut();
          navigate('/login', { replace: true });
        }}
        data-testid="sign-out"
      >
        {t('common.signOut')}
      </Button>
    </TopBar>
  );
}

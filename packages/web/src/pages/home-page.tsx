import type { Me } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../shared/components/button';
import { Icon } from '../shared/components/icon';
import { Link } from '../shared/components/link';
import { TopBar } from '../shared/components/top-bar';
import { canSell, canUseBackoffice } from '../shared/session/roles';
import { useSession } from '../shared/session/use-session';
import { navigate } from '../use-route';

/** Home for owners and managers: open the register or the back office. */
export function HomePage({ me }: { readonly me: Me }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  return (
    <div className="page">
      <TopBar>
        <span className="top-bar__user" data-testid="current-user">
          {me.displayName}
        </span>
        <Button
          variant="ghost"
          data-testid="sign-out"
          onClick={async () => {
            await signOut();
            navigate('/login', { replace: true });
          }}
        >
          {t('common.signOut')}
        </Button>
      </TopBar>
      <main className="page__main centered">
        <h1>{t('home.title', { name: me.displayName })}</h1>
        <nav className="home-choices" aria-label={t('home.title', { name: me.displayName })}>
          {canSell(me) && (
            <Link href="/register" className="home-choice" data-testid="home-register">
              <span className="home-choice__icon">
                <Icon name="register" size={40} />
              </span>
              <span className="home-choice__title">{t('home.register')}</span>
              <span className="home-choice__text">{t('home.registerText')}</span>
            </Link>
          )}
          {canUseBackoffice(me) && (
            <Link href="/backoffice/products" className="home-choice" data-testid="home-backoffice">
              <span className="home-choice__icon">
                <Icon name="products" size={40} />
              </span>
              <span className="home-choice__title">{t('home.backoffice')}</span>
              <span className="home-choice__text">{t('home.backofficeText')}</span>
            </Link>
          )}
        </nav>
      </main>
    </div>
  );
}

import { lazy, Suspense } from 'react';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { RegisterApp } from './register/register-app';
import { Loading } from './shared/components/loading';
import { Redirect } from './shared/components/redirect';
import { canUseBackoffice } from './shared/session/roles';
import { useSession } from './shared/session/use-session';
import { useRoute } from './use-route';

// The register is the first load and must stay small: the back office is fetched only when opened.
const BackofficeApp = lazy(() => import('./backoffice/backoffice-app'));
// The customer display runs on the second screen only.
const CustomerDisplay = lazy(() => import('./display/customer-display'));

/** Top-level routes: /login, / (home), /register, /display, /backoffice/…. */
export function App() {
  const { path, search } = useRoute();
  const { me } = useSession();

  if (path === '/login') return <LoginPage next={new URLSearchParams(search).get('next')} />;
  // The register handles its own sign-in (enrolment by a manager, then PIN for cashiers).
  if (path === '/register') return <RegisterApp />;
  // The second screen shows only what the customer sees anyway: no sign-in.
  if (path === '/display') {
    return (
      <Suspense fallback={<Loading />}>
        <CustomerDisplay />
      </Suspense>
    );
  }
  if (me === undefined) return <Loading />;
  if (me === null) return <Redirect to={`/login?next=${encodeURIComponent(path + search)}`} />;
  if (path === '/') return <HomePage me={me} />;
  if (path === '/backoffice' || path.startsWith('/backoffice/')) {
    if (!canUseBackoffice(me)) return <Redirect to="/" />;
    return (
      <Suspense fallback={<Loading />}>
        <BackofficeApp path={path} me={me} />
      </Suspense>
    );
  }
  return <NotFoundPage />;
}

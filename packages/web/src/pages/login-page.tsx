import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeNext } from '../match-route';
import { api } from '../shared/api';
import { Button } from '../shared/components/button';
import { Field } from '../shared/components/field';
import { TopBar } from '../shared/components/top-bar';
import { errorMessage } from '../shared/errors/error-message';
import { homePath } from '../shared/session/roles';
import { useSession } from '../shared/session/use-session';
import { navigate } from '../use-route';

/** Sign in with user name and password; then on to `next`, the register (cashiers) or home. */
export function LoginPage({ next }: { readonly next: string | null }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const session = await api.call('login', { body: { username: username.trim(), password } });
      signedIn(session.me);
      navigate(safeNext(next) ?? homePath(session.me), { replace: true });
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <TopBar />
      <main className="page__main centered">
        <form className="card login-form" onSubmit={submit} data-testid="login-form" noValidate>
          <h1>{t('login.title')}</h1>
          <Field label={t('login.username')}>
            {(control) => (
              <input
                {...control}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                required
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                data-testid="login-username"
              />
            )}
          </Field>
          <Field label={t('login.password')}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                data-testid="login-password"
              />
            )}
          </Field>
          {error && (
            <p className="form-error" role="alert" data-testid="login-error">
              {error}
            </p>
          )}
          <Button
            submit
            variant="primary"
            size="lg"
            disabled={busy || !username || !password}
            data-testid="login-submit"
          >
            {busy ? t('login.signingIn') : t('login.submit')}
          </Button>
        </form>
      </main>
    </div>
  );
}

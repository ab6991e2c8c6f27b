import type { Me } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { isManager } from '../../shared/session/roles';
import { PairAsRegister } from './pair-as-register';
import { PairWithCode } from './pair-with-code';
import type { Pairing } from './pairing';
import './pairing.css';

/**
 * 配对收银机: this browser becomes a register by the one-time code from the back office (收银机管理),
 * or, for an owner or manager signed in here, by picking the register. Once per device.
 */
export function PairRegister({
  me,
  onPaired,
  onCancel,
}: {
  readonly me: Me | null;
  readonly onPaired: (pairing: Pairing) => void;
  /** Back to the register this browser still is (pairing again was only started). */
  readonly onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className="card pairing" data-testid="pairing">
      <h1>{t('devices.pairing.title')}</h1>
      <p>{t('devices.pairing.intro')}</p>
      <PairWithCode onPaired={onPaired} />
      {me && isManager(me) ? (
        <PairAsRegister onPaired={onPaired} />
      ) : (
        <p className="muted pairing__sign-in">
          {t('devices.pairing.signInText')}{' '}
          <Link href="/login?next=%2Fregister" data-testid="enrol-sign-in">
            {t('devices.pairing.signIn')}
          </Link>
        </p>
      )}
      {onCancel && (
        <Button variant="ghost" onClick={onCancel} data-testid="pairing-cancel">
          {t('common.back')}
        </Button>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Field } from '../../shared/components/field';

/**
 * A manager's user name and PIN, typed at the register to approve something on the spot (店长授权).
 * The PIN field keeps digits only. Test ids are `<testId>-username` and `<testId>-pin`.
 */
export function ManagerPinFields({
  username,
  pin,
  onUsername,
  onPin,
  testId,
}: {
  readonly username: string;
  readonly pin: string;
  readonly onUsername: (username: string) => void;
  readonly onPin: (pin: string) => void;
  readonly testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('register.approval.username')}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            value={username}
            onChange={(event) => onUsername(event.target.value)}
            data-testid={`${testId}-username`}
          />
        )}
      </Field>
      <Field label={t('register.approval.pin')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(event) => onPin(event.target.value.replace(/\D/g, ''))}
            data-testid={`${testId}-pin`}
          />
        )}
      </Field>
    </>
  );
}

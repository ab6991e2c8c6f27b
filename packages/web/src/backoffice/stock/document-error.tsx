import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors/error-message';

/** Why a stock document cannot be booked: a problem in words as it is, any other failure translated. */
export function DocumentError({ failure, testId }: { readonly failure: unknown; readonly testId: string }) {
  const { t } = useTranslation();
  if (failure === null) return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {typeof failure === 'string' ? failure : errorMessage(t, failure)}
    </p>
  );
}

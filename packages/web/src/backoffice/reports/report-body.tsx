import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors/error-message';
import type { ReportState } from './use-report';

/** A report's body: dimmed while it loads, its failure said in words, then what the report draws. */
export function ReportBody({
  state,
  children,
}: {
  readonly state: ReportState<unknown>;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="report-body" data-testid="report-body" data-loading={state.loading}>
      {state.error !== null && (
        <p className="form-error" role="alert" data-testid="report-error">
          {errorMessage(t, state.error)}
        </p>
      )}
      {children}
    </div>
  );
}

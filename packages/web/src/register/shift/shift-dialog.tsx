import type { Me, Shift, ShiftReport, ZReport } from '@kassa/api';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { newId } from '../../shared/new-id';
import { type RegisterOutbox, recorded } from '../outbox/use-outbox';
import type { Printing } from '../printing/use-printing';
import { CashCountForm } from './cash-count-form';
import { CashMovementForm } from './cash-movement-form';
import { HandoverTimesForm } from './handover-times-form';
import { ShiftReportPanel, ZReportPanel } from './report-panels';

type View =
  | { readonly kind: 'menu' | 'cash_in' | 'cash_out' | 'close' | 'handover' }
  | { readonly kind: 'report'; readonly report: ShiftReport }
  | { readonly kind: 'z'; readonly report: ZReport };

export type ShiftDialogProps = {
  readonly open: boolean;
  readonly shift: Shift;
  readonly me: Me;
  readonly currency: string;
  readonly timeZone: string;
  /** Cash movements, no-sales and the close go through it: they are recorded offline too. */
  readonly outbox: RegisterOutbox;
  readonly onClose: () => void;
  /** The shift is closed (and maybe reported): the register goes back to opening a shift. */
  readonly onShiftClosed: () => void;
  /** Prints the reports where this register prints, and opens a drawer on this device's printer. */
  readonly printing: Printing;
  /** Opens straight on the blind count: the handover time has come. */
  readonly handingOver: boolean;
  /** The register's handover times, and that they changed on the server. */
  readonly handoverTimes: readonly string[];
  readonly onHandoverSaved: () => void;
};

/** The drawer (钱箱) and shift (交班) actions: cash in/out, no-sale, X report, close with a blind count, Z. */
export function ShiftDialog(props: ShiftDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t('register.shift.title')}
      testId="shift-dialog"
      className="dialog--wide"
    >
      <ShiftActions {...props} />
    </Dialog>
  );
}

function ShiftActions({
  shift,
  me,
  currency,
  timeZone,
  outbox,
  onClose,
  onShiftClosed,
  printing,
  handingOver,
  handoverTimes,
  onHandoverSaved,
}: ShiftDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [view, setView] = useState<View>({ kind: handingOver ? 'close' : 'menu' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const can = (permission: Me['permissions'][number]) => me.permissions.includes(permission);
  const closed = view.kind === 'report' && view.report.kind === 'close';

  async function run<T>(action: () => Promise<T>, then: (value: T) => void) {
    setBusy(true);
    setError(undefined);
    try {
      then(await action());
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  // Fixed at the first submit: a retry after a lost answer is the same movement or close, not another.
  const attempt = useRef<{ readonly id: string; readonly at: number } | null>(null);
  const once = () => {
    attempt.current ??= { id: newId(), at: Date.now() };
    return attempt.current;
  };
  const on = { registerId: shift.registerId, shiftId: shift.id };
  /** Saved here, uploaded when the server is back: said so, instead of the usual confirmation. */
  const doneOrQueued = (queued: boolean, done: string) =>
    queued ? toast(t('register.shift.savedOffline'), 'info') : toast(done, 'success');
  const moveCash = (kind: 'cash_in' | 'cash_out') => (amount: number, reason: string) =>
    run(
      () => {
        const body = { id: once().id, kind, amount, reason, at: once().at };
        return recorded(
          outbox.record({ id: body.id, type: 'cash_movement', payload: { ...body, ...on } }, (client) =>
            client.call('addCashMovement', { params: { id: shift.id }, body }),
          ),
        );
      },
      (result) => {
        doneOrQueued(
          result.status === 'queued',
          t(`register.shift.${kind === 'cash_in' ? 'cashInDone' : 'cashOutDone'}`),
        );
        onClose();
      },
    );

  const subtitle = (report: ShiftReport) =>
    t('register.shift.reportSubtitle', {
      name: report.shift.openedByName,
      from: format.dateTime(report.shift.openedAt, timeZone),
      to: format.dateTime(report.generatedAt, timeZone),
    });

  if (view.kind === 'cash_in' || view.kind === 'cash_out') {
    return (
      <CashMovementForm
        kind={view.kind}
        currency={currency}
        busy={busy}
        error={error}
        onSubmit={moveCash(view.kind)}
      />
    );
  }

  if (view.kind === 'handover') {
    return (
      <HandoverTimesForm
        registerId={shift.registerId}
        times={handoverTimes}
        onSaved={() => {
          onHandoverSaved();
          toast(t('register.handover.saved'), 'success');
          onClose();
        }}
      />
    );
  }

  if (view.kind === 'close') {
    return (
      <>
        <p>{t('register.shift.blindCountHint')}</p>
        <CashCountForm
          currency={currency}
          submitLabel={t('register.shift.closeConfirm')}
          testId="blind-count"
          showTotal={false}
          busy={busy}
          error={error}
          onSubmit={(count) =>
            void run(
              () => {
                const body = { closedAt: once().at, count };
                return recorded(
                  outbox.record(
                    { id: once().id, type: 'shift_close', payload: { ...body, ...on } },
                    (client) => client.call('closeShift', { params: { id: shift.id }, body }),
                  ),
                );
              },
              (result) => {
                if (result.status === 'recorded') return setView({ kind: 'report', report: result.value });
                // Closed here; the server works the report out once it has the shift's last sale.
                toast(t('register.shift.closedOffline'), 'info');
                onShiftClosed();
              },
            )
          }
        />
      </>
    );
  }

  if (view.kind === 'report') {
    const { report } = view;
    return (
      <ShiftReportPanel
        report={report}
        subtitle={subtitle(report)}
        error={error}
        busy={busy}
        onTakeZ={
          closed && can('z_report.take')
            ? () =>
                void run(
                  () =>
                    api.call('takeZReport', {
                      body: { id: newId(), registerId: shift.registerId, takenAt: Date.now() },
                    }),
                  (z) => setView({ kind: 'z', report: z }),
                )
            : undefined
        }
        onPrint={() => void printing.printReport({ kind: 'shift', id: report.shift.id })}
        onDone={closed ? onShiftClosed : onClose}
      />
    );
  }

  if (view.kind === 'z') {
    const { report } = view;
    return (
      <ZReportPanel
        report={report}
        onPrint={() => void printing.printReport({ kind: 'z', id: report.id })}
        onDone={onShiftClosed}
      />
    );
  }

  return (
    <div className="shift-menu">
      <p data-testid="shift-info">
        {t('register.shift.openSince', {
          name: shift.openedByName,
          at: format.dateTime(shift.openedAt, timeZone),
          float: format.money(shift.openingFloat, currency),
        })}
      </p>
      {error && (
        <p className="form-error" role="alert" data-testid="shift-error">
          {error}
        </p>
      )}
      <div className="shift-menu__actions">
        <Button size="lg" onClick={() => setView({ kind: 'cash_in' })} data-testid="shift-cash-in">
          {t('register.shift.cashIn')}
        </Button>
        <Button size="lg" onClick={() => setView({ kind: 'cash_out' })} data-testid="shift-cash-out">
          {t('register.shift.cashOut')}
        </Button>
        {can('drawer.open') && (
          <Button
            size="lg"
            disabled={busy}
            onClick={() =>
              void run(
                () => {
                  const body = { id: newId(), at: Date.now() };
                  return recorded(
                    outbox.record({ id: body.id, type: 'no_sale', payload: { ...body, ...on } }, (client) =>
                      client.call('noSale', { params: { id: shift.id }, body }),
                    ),
                  );
                },
                (result) => {
                  doneOrQueued(result.status === 'queued', t('register.shift.noSaleDone'));
                  void printing.openLocalDrawer();
                  onClose();
                },
              )
            }
            data-testid="shift-no-sale"
          >
            {t('register.shift.noSale')}
          </Button>
        )}
        {can('shift.report') && (
          <Button
            size="lg"
            disabled={busy}
            onClick={() =>
              void run(
                () => api.call('xReport', { params: { id: shift.id } }),
                (report) => setView({ kind: 'report', report }),
              )
            }
            data-testid="shift-x-report"
          >
            {t('register.shift.xReport')}
          </Button>
        )}
        {can('register.manage') && (
          <Button size="lg" onClick={() => setView({ kind: 'handover' })} data-testid="shift-handover-times">
            {t('register.handover.settings')}
          </Button>
        )}
        <Button
          size="lg"
          variant="danger"
          onClick={() => setView({ kind: 'close' })}
          data-testid="shift-close"
        >
          {t('register.shift.close')}
        </Button>
      </div>
    </div>
  );
}

import type { ParkedTicket } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';

export type ParkedListDialogProps = {
  readonly open: boolean;
  readonly storeId: string;
  readonly currency: string;
  readonly timeZone: string;
  readonly onClose: () => void;
  /** Takes the ticket onto this register; resolves to an error message, or null when resumed. */
  readonly onResume: (ticket: ParkedTicket) => Promise<string | null>;
};

/** 取单: the store's parked tickets, oldest first, from every register. */
export function ParkedListDialog(props: ParkedListDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t('register.park.listTitle')}
      testId="parked-dialog"
    >
      <ParkedList {...props} />
    </Dialog>
  );
}

function ParkedList({ storeId, currency, timeZone, onResume }: ParkedListDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [tickets, setTickets] = useState<ParkedTicket[] | null>(null);
  const [registerNames, setRegisterNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('listParkedTickets', { params: { storeId } }).then(
      ({ items }) => setTickets(items),
      (failure: unknown) => setError(errorMessage(t, failure)),
    );
    // Names only decorate the list: without them it still works.
    api.call('listRegisters', { params: { storeId } }).then(
      ({ items }) => setRegisterNames(new Map(items.map((r) => [r.id, r.name]))),
      () => undefined,
    );
  }, [storeId, t]);

  if (!tickets && !error) return <Loading testId="parked-loading" />;
  return (
    <>
      {error && (
        <p className="form-error" role="alert" data-testid="parked-error">
          {error}
        </p>
      )}
      {tickets?.length === 0 && (
        <p className="muted" data-testid="parked-empty">
          {t('register.park.none')}
        </p>
      )}
      <ul className="parked-list">
        {tickets?.map((ticket) => (
          <li key={ticket.id}>
            <Button
              className="parked-list__item"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                const failure = await onResume(ticket);
                setBusy(false);
                if (failure) setError(failure);
              }}
              data-testid="parked-ticket"
              data-note={ticket.note}
            >
              <span className="parked-list__note">{ticket.note || t('register.park.noNote')}</span>
              <span className="muted">
                {t('register.park.meta', {
                  at: format.dateTime(ticket.parkedAt, timeZone),
                  register: registerNames.get(ticket.registerId) ?? '',
                  name: ticket.staffName,
                  n: ticket.ticket.lines.length,
                })}
              </span>
              <strong>{format.money(ticket.total, currency)}</strong>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

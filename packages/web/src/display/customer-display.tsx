import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shared/format/use-format';
import { type DisplaySnapshot, openDisplaySubscriber } from './display-channel';
import './customer-display.css';

/**
 * `/display` (客显): the customer's screen beside the register. It mirrors the ticket as it is rung
 * up, then the amount paid, the change and a thank-you; between customers, a welcome.
 */
export default function CustomerDisplay() {
  const { t } = useTranslation();
  const format = useFormat();
  const [snapshot, setSnapshot] = useState<DisplaySnapshot | null>(null);

  useEffect(() => {
    const subscriber = openDisplaySubscriber(setSnapshot);
    return () => subscriber.close();
  }, []);

  const money = (amount: number) => format.money(amount, snapshot?.currency ?? 'CNY');
  if (!snapshot || (snapshot.lines.length === 0 && !snapshot.paid)) {
    return (
      <main className="customer-display customer-display--idle" data-testid="display-idle">
        <h1>{t('display.welcome')}</h1>
        {snapshot && <p>{snapshot.storeName}</p>}
      </main>
    );
  }
  if (snapshot.paid) {
    return (
      <main className="customer-display customer-display--paid" data-testid="display-paid">
        <dl className="customer-display__totals">
          <dt>{t('display.total')}</dt>
          <dd data-testid="display-paid-total">{money(snapshot.paid.total)}</dd>
          <dt>{t('display.tendered')}</dt>
          <dd data-testid="display-tendered">{money(snapshot.paid.tendered)}</dd>
          <dt>{t('display.change')}</dt>
          <dd className="customer-display__change" data-testid="display-change">
            {money(snapshot.paid.change)}
          </dd>
        </dl>
        <p className="customer-display__thanks">{t('display.thanks')}</p>
      </main>
    );
  }
  return (
    <main className="customer-display" data-testid="display-ticket">
      <ol className="customer-display__lines">
        {snapshot.lines.map((line) => (
          <li key={line.id} data-testid="display-line">
            <span>{line.name}</span>
            <span className="muted">× {format.quantity(line.quantity, line.unit)}</span>
            <span>{money(line.amount)}</span>
          </li>
        ))}
      </ol>
      {snapshot.discountTotal > 0 && (
        <p className="customer-display__discount">
          {t('display.discount')} −{money(snapshot.discountTotal)}
        </p>
      )}
      <p className="customer-display__total">
        {t('display.total')} <strong data-testid="display-total">{money(snapshot.total)}</strong>
      </p>
    </main>
  );
}

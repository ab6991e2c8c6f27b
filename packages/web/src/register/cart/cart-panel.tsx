import type { PricedTicket } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { CartLineRow } from './cart-line-row';
import { CartTotals } from './cart-totals';
import type { Cart } from './use-cart';

export type CartPanelProps = {
  readonly cart: Cart;
  readonly onEditLine: (lineId: string) => void;
  readonly onTicketDiscount: () => void;
  readonly onClear: () => void;
  readonly onPark: () => void;
  readonly onResume: () => void;
  readonly onPay: () => void;
};

function isEmpty(priced: PricedTicket): boolean {
  return priced.lines.length === 0;
}

/** The sale being rung up: its lines, totals and the discount / void / park / pay actions. */
export function CartPanel({
  cart,
  onEditLine,
  onTicketDiscount,
  onClear,
  onPark,
  onResume,
  onPay,
}: CartPanelProps) {
  const { t } = useTranslation();
  const { priced, state, dispatch } = cart;
  const empty = isEmpty(priced);
  return (
    <section className="cart" aria-label={t('register.cart.title')} data-testid="cart">
      {empty ? (
        <p className="cart__empty muted" data-testid="cart-empty">
          {t('register.cart.empty')}
        </p>
      ) : (
        <ol className="cart__lines">
          {priced.lines.map((line) => (
            <CartLineRow
              key={line.id}
              line={line}
              currency={priced.currency}
              selected={line.id === state.selectedLineId}
              onSelect={() => dispatch({ type: 'select', lineId: line.id })}
              onStep={(delta) => dispatch({ type: 'step', lineId: line.id, delta })}
              onEdit={() => onEditLine(line.id)}
              onRemove={() => dispatch({ type: 'remove', lineId: line.id, at: Date.now() })}
            />
          ))}
        </ol>
      )}
      <CartTotals priced={priced} />
      <div className="cart__actions">
        <Button onClick={onTicketDiscount} disabled={empty} data-testid="cart-discount-button">
          {t('register.cart.ticketDiscount')} <kbd>F4</kbd>
        </Button>
        <Button variant="danger" onClick={onClear} disabled={empty} data-testid="cart-clear">
          {t('register.cart.clear')}
        </Button>
        {empty ? (
          <Button onClick={onResume} className="cart__wide" data-testid="cart-resume">
            {t('register.park.resume')} <kbd>F7</kbd>
          </Button>
        ) : (
          <Button onClick={onPark} className="cart__wide" data-testid="cart-park">
            {t('register.park.park')} <kbd>F7</kbd>
          </Button>
        )}
        <Button
          variant="primary"
          size="lg"
          className="cart__pay"
          onClick={onPay}
          disabled={empty}
          data-testid="pay-button"
        >
          {t('register.pay.open')} <kbd>F9</kbd>
        </Button>
      </div>
    </section>
  );
}

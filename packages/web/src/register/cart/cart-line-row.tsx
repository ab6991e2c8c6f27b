import type { PricedLine } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { isSteppable } from './ticket-line';

export type CartLineRowProps = {
  readonly line: PricedLine;
  readonly currency: string;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly onStep: (delta: 1 | -1) => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
};

/** One cart line: name, quantity × unit price, amount after its own discount, and its controls. */
export function CartLineRow({
  line,
  currency,
  selected,
  onSelect,
  onStep,
  onEdit,
  onRemove,
}: CartLineRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, currency);
  const steppable = isSteppable(line);
  const discount = line.discount;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: selection by keyboard is +/−/Delete on the selected line; the row's buttons are focusable
    <li
      className={`cart-line ${selected ? 'cart-line--selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-testid="cart-line"
      data-sku={line.sku}
      data-line-id={line.id}
      onClick={onSelect}
    >
      <button type="button" className="cart-line__name" onClick={onEdit} data-testid="cart-line-name">
        {line.name}
      </button>
      <span className="cart-line__detail">
        {line.fixedAmount === undefined ? (
          <>
            <span data-testid="cart-line-qty">{format.quantity(line.quantity, line.unit)}</span>
            {' × '}
            <span data-testid="cart-line-price" data-overridden={line.listPrice !== undefined}>
              {line.listPrice !== undefined && (
                <s className="cart-line__list-price" data-testid="cart-line-list-price">
                  {money(line.listPrice)}
                </s>
              )}
              {money(line.unitPrice)}
              {line.unit === 'kg' ? '/kg' : ''}
            </span>
          </>
        ) : (
          <span data-testid="cart-line-qty">{t('register.cart.priceLabel')}</span>
        )}
      </span>
      {discount && line.lineDiscount > 0 && (
        <span className="cart-line__discount" data-testid="cart-line-discount">
          {discount.kind === 'percent' ? `−${format.percent(discount.basisPoints)} ` : ''}−
          {money(line.lineDiscount)}
        </span>
      )}
      <span className="cart-line__amount" data-testid="cart-line-amount">
        {money(line.gross - line.lineDiscount)}
      </span>
      <span className="cart-line__controls">
        <button
          type="button"
          className="btn btn--secondary btn--square"
          aria-label={t('register.cart.less')}
          disabled={!steppable || line.quantity <= 1000}
          onClick={() => onStep(-1)}
          data-testid="cart-line-minus"
        >
          −
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--square"
          aria-label={t('register.cart.more')}
          disabled={!steppable}
          onClick={() => onStep(1)}
          data-testid="cart-line-plus"
        >
          +
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--square"
          aria-label={t('register.cart.edit')}
          onClick={onEdit}
          data-testid="cart-line-edit"
        >
          ✎
        </button>
        <button
          type="button"
          className="btn btn--danger btn--square"
          aria-label={t('register.cart.remove')}
          onClick={onRemove}
          data-testid="cart-line-remove"
        >
          ×
        </button>
      </span>
    </li>
  );
}

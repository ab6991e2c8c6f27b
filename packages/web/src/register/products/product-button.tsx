import type { Product } from '@kassa/api';
import { useFormat } from '../../shared/format/use-format';

/** A product as a big touch button: name and price (per kg for weighed goods). */
export function ProductButton({
  product,
  currency,
  onPick,
}: {
  readonly product: Product;
  readonly currency: string;
  readonly onPick: (product: Product) => void;
}) {
  const format = useFormat();
  return (
    <button
      type="button"
      className="product-button"
      data-testid="product-button"
      data-sku={product.sku}
      onClick={() => onPick(product)}
    >
      <span className="product-button__name">{product.name}</span>
      <span className="product-button__price">
        {format.money(product.price, currency)}
        {product.unit === 'kg' && <span className="product-button__unit">/kg</span>}
      </span>
    </button>
  );
}

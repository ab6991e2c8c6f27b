import { useFormat } from '../../shared/format/use-format';

/**
 * How much of an order has come, as a small bar and a percentage; `share` is in thousandths of the
 * ordered quantity (1000 = all of it).
 */
export function ReceivedShare({ share }: { readonly share: number }) {
  const format = useFormat();
  const capped = Math.min(1000, Math.max(0, share));
  return (
    <span className="po-share" data-testid="order-received-share" data-share={share}>
      <span className="po-share__bar" aria-hidden="true">
        <span style={{ width: `${capped / 10}%` }} />
      </span>
      {/* Thousandths × 10 are basis points: 600 → 6000 → 60%. */}
      {format.percent(Math.round(capped) * 10)}
    </span>
  );
}

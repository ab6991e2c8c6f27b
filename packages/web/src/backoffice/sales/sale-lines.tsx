import type { Sale } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

/** The lines of a recorded sale as the server stored them. */
export function SaleLines({ sale }: { readonly sale: Sale }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, sale.currency);
  return (
    <table className="bo-table" data-testid="sale-lines">
      <thead>
        <tr>
          <th scope="col">{t('product.name')}</th>
          <th scope="col" className="num">
            {t('sale.quantity')}
          </th>
          <th scope="col" className="num">
            {t('sale.unitPrice')}
          </th>
          <th scope="col" className="num">
            {t('sale.discount')}
          </th>
          <th scope="col" className="num">
            {t('sale.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sale.lines.map((line) => (
          <tr key={line.id} data-testid="sale-line" data-sku={line.sku}>
            <td>{line.name}</td>
            <td className="num">{format.quantity(line.quantity, line.unit)}</td>
            <td className="num">{money(line.unitPrice)}</td>
            <td className="num">
              {line.lineDiscount + line.ticketDiscount > 0
                ? `−${money(line.lineDiscount + line.ticketDiscount)}`
                : ''}
            </td>
            <td className="num">{money(line.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

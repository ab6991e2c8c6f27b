import type { ShiftSummary } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

export type ShiftReportViewProps = {
  readonly title: string;
  readonly subtitle: string;
  readonly currency: string;
  readonly summary: ShiftSummary;
  readonly testId: string;
};

/** The figures of an X, close or Z report, as a table that also prints on a receipt-width page. */
export function ShiftReportView({ title, subtitle, currency, summary, testId }: ShiftReportViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, currency);
  const rows: [key: string, label: string, value: string][] = [
    ['sales', t('register.shift.report.sales'), String(summary.sales.count)],
    ['subtotal', t('register.shift.report.subtotal'), money(summary.sales.subtotal)],
    ['discounts', t('register.shift.report.discounts'), money(-summary.sales.discountTotal)],
    ['total', t('register.shift.report.total'), money(summary.sales.total)],
    ['tax', t('register.shift.report.tax'), money(summary.sales.taxTotal)],
    ['rounding', t('register.shift.report.rounding'), money(summary.sales.cashRounding)],
    ...summary.tenders.map((tender): [string, string, string] => [
      `tender-${tender.kind}`,
      t('register.shift.report.tender', {
        kind: t(`register.shift.tenderKinds.${tender.kind}`, { defaultValue: tender.kind }),
        n: tender.count,
      }),
      money(tender.amount),
    ]),
    [
      'refunds',
      t('register.shift.report.refunds', { n: summary.refunds.count }),
      money(-summary.refunds.total),
    ],
    [
      'refund-cash',
      t('register.shift.report.refundCash'),
      money(-summary.refunds.tenders.filter((r) => r.kind === 'cash').reduce((sum, r) => sum + r.amount, 0)),
    ],
    [
      'line-voids',
      t('register.shift.report.lineVoids', { n: summary.voids.lines }),
      money(summary.voids.lineAmount),
    ],
    [
      'ticket-voids',
      t('register.shift.report.ticketVoids', { n: summary.voids.tickets }),
      money(summary.voids.ticketAmount),
    ],
    ['float', t('register.shift.report.float'), money(summary.openingFloat)],
    ['cash-in', t('register.shift.report.cashIn'), money(summary.cashIn)],
    ['cash-out', t('register.shift.report.cashOut'), money(-summary.cashOut)],
    ['no-sales', t('register.shift.report.noSales'), String(summary.noSaleCount)],
    ['expected', t('register.shift.report.expected'), money(summary.expectedCash)],
  ];
  if (summary.countedCash !== undefined) {
    rows.push(['counted', t('register.shift.report.counted'), money(summary.countedCash)]);
  }
  if (summary.variance !== undefined) {
    rows.push(['variance', t('register.shift.report.variance'), money(summary.variance)]);
  }
  return (
    <section className="shift-report" data-testid={testId}>
      <h2>{title}</h2>
      <p className="shift-report__subtitle">{subtitle}</p>
      <table className="shift-report__table">
        <tbody>
          {rows.map(([key, label, value]) => (
            <tr key={key} data-testid={`${testId}-${key}`}>
              <th scope="row">{label}</th>
              <td className={key === 'variance' && (summary.variance ?? 0) < 0 ? 'negative' : undefined}>
                {value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

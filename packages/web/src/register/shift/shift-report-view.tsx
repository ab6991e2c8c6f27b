import type { ShiftSummary } from '@kassa/api';
import { shiftReportRows } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

export type ShiftReportViewProps = {
  readonly title: string;
  readonly subtitle: string;
  readonly currency: string;
  readonly summary: ShiftSummary;
  readonly testId: string;
};

/** `refundCash` → `refund-cash`: the rows' test ids predate the shared row keys. */
function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The figures of an X, close or Z report, as a table that also prints on a receipt-width page. */
export function ShiftReportView({ title, subtitle, currency, summary, testId }: ShiftReportViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, currency);
  const rows = shiftReportRows(summary).map((row) => {
    const key = row.key === 'tender' ? `tender-${row.tenderKind}` : kebab(row.key);
    const kind = t(`register.shift.tenderKinds.${row.tenderKind}`, { defaultValue: row.tenderKind });
    const label = t(`register.shift.report.${row.key}`, { n: row.count, kind });
    return { key, label, value: row.amount === undefined ? String(row.count) : money(row.amount) };
  });
  return (
    <section className="shift-report" data-testid={testId}>
      <h2>{title}</h2>
      <p className="shift-report__subtitle">{subtitle}</p>
      <table className="shift-report__table">
        <tbody>
          {rows.map(({ key, label, value }) => (
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

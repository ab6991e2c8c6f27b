import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';
import { useFormat } from '../../shared/format/use-format';
import { formatCell, type ReportTable } from './report-table';

/** A report's table: the first column names the row, the others are right-aligned figures. */
export function ReportTableView({ table }: { readonly table: ReportTable }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [first, ...figures] = table.columns;
  if (!first) return null;
  if (table.rows.length === 0) {
    return (
      <p className="muted" data-testid="report-empty">
        {t('reports.empty')}
      </p>
    );
  }
  const cell = (column: (typeof table.columns)[number], row: (typeof table.rows)[number]) =>
    formatCell(format, column.kind, row[column.key] ?? null, table.currency);
  return (
    <div className="report-table">
      <table className="bo-table" data-testid="report-table">
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column.key} scope="col" className={index === 0 ? undefined : 'num'}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => {
            const href = table.links?.[index];
            const label = cell(first, row);
            return (
              // Rows are positional (a report is redrawn whole), and keys repeat across groupings.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index} data-testid="report-row" data-key={String(row[first.key] ?? '')}>
                <th scope="row">{href ? <Link href={href}>{label}</Link> : label}</th>
                {figures.map((column) => (
                  <td key={column.key} className="num nowrap" data-column={column.key}>
                    {cell(column, row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        {table.totals && (
          <tfoot>
            <tr data-testid="report-totals">
              <th scope="row">{cell(first, table.totals)}</th>
              {figures.map((column) => (
                <td key={column.key} className="num nowrap" data-column={column.key}>
                  {cell(column, table.totals ?? {})}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

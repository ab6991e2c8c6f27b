import { currencyExponent } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { CSV_MIME, toCsv } from '../../shared/export/csv';
import { downloadFile } from '../../shared/export/download';
import { toXlsx, XLSX_MIME } from '../../shared/export/xlsx';
import { exportedTable, type ReportTable } from './report-table';

/** Export the report's table as CSV or XLSX (named after the report and its dates), or print it. */
export function ReportActions({
  table,
  fileName,
}: {
  readonly table: ReportTable;
  readonly fileName: string;
}) {
  const { t } = useTranslation();
  const options = { currencyExponent: currencyExponent(table.currency) };
  return (
    <div className="report-actions no-print">
      <Button
        variant="ghost"
        onClick={() => downloadFile(`${fileName}.csv`, toCsv(exportedTable(table), options), CSV_MIME)}
        data-testid="report-export-csv"
      >
        {t('reports.export.csv')}
      </Button>
      <Button
        variant="ghost"
        onClick={() => downloadFile(`${fileName}.xlsx`, toXlsx(exportedTable(table), options), XLSX_MIME)}
        data-testid="report-export-xlsx"
      >
        {t('reports.export.xlsx')}
      </Button>
      <Button variant="ghost" onClick={() => window.print()} data-testid="report-print">
        {t('reports.export.print')}
      </Button>
    </div>
  );
}

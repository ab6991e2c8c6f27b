import { currencyExponent } from '@kassa/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { errorMessage } from '../../shared/errors/error-message';
import { CSV_MIME, toCsv } from '../../shared/export/csv';
import { downloadFile } from '../../shared/export/download';
import { toXlsx, XLSX_MIME } from '../../shared/export/xlsx';
import { exportedTable, type ReportTable } from './report-table';

/**
 * Export the report's table as CSV or XLSX (named after the report and its dates), or print it.
 * When the screen shows only the first rows, `loadAll` fetches every row for the export.
 */
export function ReportActions({
  table,
  fileName,
  loadAll,
}: {
  readonly table: ReportTable;
  readonly fileName: string;
  readonly loadAll?: (() => Promise<ReportTable>) | undefined;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const download = async (extension: 'csv' | 'xlsx') => {
    setFailure(null);
    try {
      const whole = loadAll ? await loadAll() : table;
      const options = { currencyExponent: currencyExponent(whole.currency) };
      if (extension === 'csv')
        downloadFile(`${fileName}.csv`, toCsv(exportedTable(whole), options), CSV_MIME);
      else downloadFile(`${fileName}.xlsx`, toXlsx(exportedTable(whole), options), XLSX_MIME);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <div className="report-actions no-print">
      <Button variant="ghost" onClick={() => void download('csv')} data-testid="report-export-csv">
        {t('reports.export.csv')}
      </Button>
      <Button variant="ghost" onClick={() => void download('xlsx')} data-testid="report-export-xlsx">
        {t('reports.export.xlsx')}
      </Button>
      <Button variant="ghost" onClick={() => window.print()} data-testid="report-print">
        {t('reports.export.print')}
      </Button>
      {failure !== null && (
        <p className="form-error" role="alert" data-testid="report-export-error">
          {errorMessage(t, failure)}
        </p>
      )}
    </div>
  );
}

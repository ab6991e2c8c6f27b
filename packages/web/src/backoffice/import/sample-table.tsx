import type { ImportPreview } from '@kassa/api';
import { useTranslation } from 'react-i18next';

export type SampleTableProps = {
  readonly header: readonly string[];
  readonly sample: ImportPreview['sample'];
};

/** The first rows of a file as read, with their line numbers; scrolls sideways when wide. */
export function SampleTable({ header, sample }: SampleTableProps) {
  const { t } = useTranslation();
  return (
    <div className="import-scroll">
      <table className="bo-table import-sample" data-testid="import-sample">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.preview.line')}
            </th>
            {header.map((name, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions; names may repeat
              <th key={i} scope="col">
                {name || t('import.preview.column', { n: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.map((row) => (
            <tr key={row.line}>
              <td className="num muted">{row.line}</td>
              {header.map((_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions in the row
                <td key={i}>{row.fields[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

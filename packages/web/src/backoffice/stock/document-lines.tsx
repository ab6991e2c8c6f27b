import type { Product } from '@kassa/api';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { QuantityField } from './quantity-field';

/** One product of a stock document and its quantity as typed. */
export type DocumentLine = { readonly product: Product; readonly text: string };

/** The test ids of a form's lines; the list and the remove button go without where a form has none. */
export type DocumentLineTestIds = {
  readonly list?: string;
  readonly line: string;
  readonly quantity: string;
  readonly remove?: string;
};

export type DocumentLinesProps<L extends DocumentLine> = {
  readonly lines: readonly L[];
  readonly onLinesChange: Dispatch<SetStateAction<readonly L[]>>;
  /** Whether the quantity of the line at an index does not do. */
  readonly isBad: (index: number) => boolean;
  /** More fields of a line after its quantity (a receipt's unit cost); `patch` changes the line. */
  readonly extra?: (line: L, index: number, patch: (patch: Partial<L>) => void) => ReactNode;
  readonly testIds: DocumentLineTestIds;
};

/**
 * The goods of a stock document: each product with its quantity field and a remove button, or a
 * word on how to add some while there are none.
 */
export function DocumentLines<L extends DocumentLine>({
  lines,
  onLinesChange,
  isBad,
  extra,
  testIds,
}: DocumentLinesProps<L>) {
  const { t } = useTranslation();
  if (lines.length === 0) return <p className="muted">{t('stock.adjust.empty')}</p>;
  const patch = (productId: string, change: Partial<L>) =>
    onLinesChange((current) => current.map((l) => (l.product.id === productId ? { ...l, ...change } : l)));
  const retype = (productId: string, text: string) =>
    onLinesChange((current) => current.map((l) => (l.product.id === productId ? { ...l, text } : l)));
  return (
    <ul className="adjust-lines" data-testid={testIds.list}>
      {lines.map((line, index) => (
        <li key={line.product.id} className="adjust-line" data-testid={testIds.line}>
          <span>
            <strong>{line.product.name}</strong> <span className="muted">{line.product.sku}</span>
          </span>
          <QuantityField
            unit={line.product.unit}
            value={line.text}
            error={isBad(index) ? t('stock.adjust.quantity.invalid') : undefined}
            onChange={(text) => retype(line.product.id, text)}
            testId={testIds.quantity}
          />
          {extra?.(line, index, (change) => patch(line.product.id, change))}
          <Button
            onClick={() =>
              onLinesChange((current) => current.filter((l) => l.product.id !== line.product.id))
            }
            data-testid={testIds.remove}
          >
            {t('stock.adjust.remove')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

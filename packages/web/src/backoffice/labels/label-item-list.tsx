import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { type LabelItem, readCopies } from './label-items';

export type LabelItemListProps = {
  readonly items: readonly LabelItem[];
  readonly onCopies: (productId: string, copies: string) => void;
  readonly onRemove: (productId: string) => void;
};

/** The products to label, each with its copies typed on the number keypad. */
export function LabelItemList({ items, onCopies, onRemove }: LabelItemListProps) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('labels.none')}</p>;
  return (
    <ul className="label-items" data-testid="label-items">
      {items.map((item) => (
        <li key={item.productId} className="label-item" data-testid="label-item" data-sku={item.sku}>
          <span className="label-item__name">
            <strong>{item.name}</strong>
            <span className="muted">{item.sku}</span>
          </span>
          <Field
            label={t('labels.copies')}
            error={readCopies(item.copies) === null ? t('labels.copiesInvalid') : undefined}
            className="label-item__copies"
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={item.copies}
                onChange={(e) => onCopies(item.productId, e.target.value)}
                data-testid="label-item-copies"
              />
            )}
          </Field>
          <Button variant="ghost" onClick={() => onRemove(item.productId)} data-testid="label-item-remove">
            {t('labels.remove')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

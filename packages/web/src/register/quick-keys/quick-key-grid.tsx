import type { Product } from '@kassa/api';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';
import type { QuickKeyEditor } from './use-quick-key-editor';
import type { ShownQuickKey } from './use-quick-keys';
import './quick-keys.css';

/** Alt+1 … Alt+9 add the first nine favourites (see use-register-shortcuts.ts). */
const SHORTCUT_KEYS = 9;

export type QuickKeyGridProps = {
  readonly keys: readonly ShownQuickKey[];
  readonly currency: string;
  /** Tapping a key adds its product, exactly as tapping it in the product grid. */
  readonly onPick: (product: Product) => void;
  /** Offered to those who may change the favourites, while they are not editing them. */
  readonly onEdit?: (() => void) | undefined;
  /** While editing: each key moves left or right, or goes, instead of adding its product. */
  readonly editor?: Pick<QuickKeyEditor, 'move' | 'remove'> | undefined;
};

/** The favourites grid (常用商品): each key with its label (or the product name), price and colour. */
export function QuickKeyGrid({ keys, currency, onPick, onEdit, editor }: QuickKeyGridProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="quick-keys" data-testid="quick-keys">
      {onEdit && (
        <div className="quick-keys__bar">
          <Button onClick={onEdit} data-testid="quick-keys-edit">
            {t('register.quickKeys.edit')}
          </Button>
        </div>
      )}
      <div
        className={`product-grid ${editor ? 'quick-keys__grid--editing' : ''}`}
        data-testid="quick-key-grid"
      >
        {keys.map(({ key, product }, n) => {
          const name = key.label ?? product.name;
          const face = (
            <>
              <span className="product-button__name">{name}</span>
              <span className="product-button__price">
                {format.money(product.price, currency)}
                {product.unit === 'kg' && <span className="product-button__unit">/kg</span>}
              </span>
            </>
          );
          const style = key.color ? ({ '--quick-key-color': key.color } as CSSProperties) : undefined;
          if (!editor) {
            return (
              <button
                key={product.id}
                type="button"
                className="product-button quick-key"
                style={style}
                aria-keyshortcuts={n < SHORTCUT_KEYS ? `Alt+${n + 1}` : undefined}
                onClick={() => onPick(product)}
                data-testid="quick-key"
                data-sku={product.sku}
              >
                {face}
                {n < SHORTCUT_KEYS && (
                  <span className="quick-key__shortcut" aria-hidden="true">
                    {n + 1}
                  </span>
                )}
              </button>
            );
          }
          return (
            <div
              key={product.id}
              className="product-button quick-key quick-key--editing"
              style={style}
              data-testid="quick-key"
              data-sku={product.sku}
            >
              {face}
              <span className="quick-key__controls">
                <Button
                  className="btn--square"
                  aria-label={t('register.quickKeys.moveLeft', { name })}
                  disabled={n === 0}
                  onClick={() => editor.move(n, -1)}
                  data-testid="quick-key-left"
                >
                  ←
                </Button>
                <Button
                  className="btn--square"
                  aria-label={t('register.quickKeys.moveRight', { name })}
                  disabled={n === keys.length - 1}
                  onClick={() => editor.move(n, 1)}
                  data-testid="quick-key-right"
                >
                  →
                </Button>
                <Button
                  variant="danger"
                  className="btn--square"
                  aria-label={t('register.quickKeys.remove', { name })}
                  onClick={() => editor.remove(n)}
                  data-testid="quick-key-remove"
                >
                  ×
                </Button>
              </span>
            </div>
          );
        })}
        {keys.length === 0 && (
          <p className="muted" data-testid="quick-keys-empty">
            {t(onEdit || editor ? 'register.quickKeys.emptyEditable' : 'register.quickKeys.empty')}
          </p>
        )}
      </div>
    </div>
  );
}

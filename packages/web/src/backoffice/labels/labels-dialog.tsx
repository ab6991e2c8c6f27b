import type { Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { GoodsSearch } from '../stock/goods-search';
import { LabelItemList } from './label-item-list';
import { addLabelItem, countLabels, type LabelItem, labelsBodyItems, MAX_LABELS } from './label-items';
import {
  LABEL_KINDS,
  type LabelKind,
  type LabelLayout,
  labelsPerSheet,
  ROLL_LAYOUTS,
  SHEET_LAYOUTS,
  sheetsNeeded,
} from './label-layouts';
import { useLabelPdf } from './use-label-pdf';
import './labels.css';

export type LabelsDialogProps = {
  readonly store: Store;
  /** The goods chosen before (products ticked, an order's lines); more can be added by scan or search. */
  readonly initialItems: readonly LabelItem[];
  readonly onClose: () => void;
};

/**
 * 打印价签: shelf labels or barcode stickers, on A4 label sheets (after the labels used up on the
 * sheet in the printer) or a label printer's roll, so many copies of each product; made into a PDF
 * at the store's prices, opened in a new tab and offered to download.
 */
export function LabelsDialog({ store, initialItems, onClose }: LabelsDialogProps) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<LabelKind>('shelf');
  const [layout, setLayout] = useState<LabelLayout>('a4-3x8');
  const [skipText, setSkipText] = useState('0');
  const [items, setItems] = useState<readonly LabelItem[]>(initialItems);
  const [searchError, setSearchError] = useState<string | null>(null);
  const labels = useLabelPdf(store.id);

  const perSheet = labelsPerSheet(layout);
  const skip = perSheet === null ? 0 : readSkip(skipText, perSheet);
  const bodyItems = labelsBodyItems(items);
  const count = countLabels(items);
  const sheets = sheetsNeeded(layout, skip ?? 0, count);
  const ready = bodyItems !== null && skip !== null && !labels.busy;

  const generate = () => {
    if (bodyItems === null || skip === null) return;
    const lang = i18n.language.startsWith('en') ? 'en' : 'zh-CN';
    void labels.generate({ kind, layout, skip, lang, items: bodyItems });
  };

  return (
    <Dialog open onClose={onClose} title={t('labels.title')} testId="labels-dialog" className="labels-dialog">
      <fieldset className="segmented labels-kinds">
        <legend>{t('labels.kind')}</legend>
        {LABEL_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className="chip"
            aria-pressed={kind === k}
            onClick={() => setKind(k)}
            data-testid={`labels-kind-${k}`}
          >
            {t(`labels.kinds.${k}`)}
          </button>
        ))}
      </fieldset>
      <p className="muted labels-hint">{t(`labels.kindHints.${kind}`)}</p>
      <div className="labels-paper">
        <Field label={t('labels.layout')}>
          {(control) => (
            <select
              {...control}
              value={layout}
              onChange={(e) => setLayout(e.target.value as LabelLayout)}
              data-testid="labels-layout"
            >
              <optgroup label={t('labels.sheets')}>
                {SHEET_LAYOUTS.map((l) => (
                  <option key={l} value={l}>
                    {t(`labels.layouts.${l}`)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('labels.rolls')}>
                {ROLL_LAYOUTS.map((l) => (
                  <option key={l} value={l}>
                    {t(`labels.layouts.${l}`)}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        {perSheet !== null && (
          <Field
            label={t('labels.skip')}
            hint={skip === null ? undefined : t('labels.skipHint', { next: skip + 1 })}
            error={skip === null ? t('labels.skipInvalid', { max: perSheet - 1 }) : undefined}
            className="labels-skip"
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={skipText}
                onChange={(e) => setSkipText(e.target.value)}
                data-testid="labels-skip"
              />
            )}
          </Field>
        )}
      </div>

      <h3 className="labels-heading">{t('labels.goods')}</h3>
      <GoodsSearch
        store={store}
        anyGoods
        onPick={(product) => setItems((current) => addLabelItem(current, product))}
        onError={setSearchError}
      />
      {searchError !== null && (
        <p className="form-error" role="alert">
          {searchError}
        </p>
      )}
      <LabelItemList
        items={items}
        onCopies={(productId, copies) =>
          setItems((current) => current.map((i) => (i.productId === productId ? { ...i, copies } : i)))
        }
        onRemove={(productId) => setItems((current) => current.filter((i) => i.productId !== productId))}
      />

      <p className="labels-total" data-testid="labels-total">
        {count > MAX_LABELS
          ? t('labels.tooMany')
          : sheets === null
            ? t('labels.totalRoll', { labels: count })
            : t('labels.totalSheets', { labels: count, sheets })}
      </p>
      {labels.error !== null && (
        <p className="form-error" role="alert" data-testid="labels-error">
          {labels.error}
        </p>
      )}
      {labels.pdf && (
        <div className="labels-ready" data-testid="labels-ready">
          <p>{t('labels.ready')}</p>
          <a
            href={labels.pdf.url}
            target="_blank"
            rel="noopener"
            className="btn btn--secondary"
            data-testid="labels-open"
          >
            {t('labels.open')}
          </a>
          <a
            href={labels.pdf.url}
            download={labels.pdf.fileName}
            className="btn btn--secondary"
            data-testid="labels-download"
          >
            {t('labels.download')}
          </a>
        </div>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button variant="primary" disabled={!ready} onClick={generate} data-testid="labels-generate">
          {labels.busy ? t('labels.generating') : t('labels.generate')}
        </Button>
      </div>
    </Dialog>
  );
}

/** The labels used up on the sheet, from none to all but one, or null when the text is not that. */
function readSkip(text: string, perSheet: number): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const skip = Number(trimmed);
  return skip < perSheet ? skip : null;
}

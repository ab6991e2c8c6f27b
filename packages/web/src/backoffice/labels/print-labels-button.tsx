import type { Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import type { LabelItem } from './label-items';
import { LabelsDialog } from './labels-dialog';

export type PrintLabelsButtonProps = {
  readonly store: Store;
  /** The goods the dialog starts with, asked for when it opens (a selection may change meanwhile). */
  readonly items: () => readonly LabelItem[];
  readonly label?: string;
  readonly testId: string;
};

/** 打印价签: opens the labels dialog with the goods at hand. */
export function PrintLabelsButton({ store, items, label, testId }: PrintLabelsButtonProps) {
  const { t } = useTranslation();
  const [initial, setInitial] = useState<readonly LabelItem[] | null>(null);
  return (
    <>
      <Button onClick={() => setInitial(items())} data-testid={testId}>
        {label ?? t('labels.print')}
      </Button>
      {initial !== null && (
        <LabelsDialog store={store} initialItems={initial} onClose={() => setInitial(null)} />
      )}
    </>
  );
}

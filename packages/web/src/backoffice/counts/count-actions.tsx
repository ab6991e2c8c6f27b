import type { StockCount, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { useToast } from '../../shared/components/use-toast';
import { useFormat } from '../../shared/format/use-format';
import { documentNumber } from '../stock/document-number';

type Asking = 'recount' | 'post' | 'cancel';

export type CountActionsProps = {
  readonly count: StockCount;
  readonly store: Store;
  /** The products picked in the report to be counted again. */
  readonly selected: ReadonlySet<string>;
  /** The count as the answer returned it; the picks are then cleared. */
  readonly onChanged: (count: StockCount) => void;
  /** Reads the count again: posting asks with the differences as they are now. */
  readonly reload: () => Promise<void>;
};

/**
 * What an approver does with an open count, each after a question: have the picked products
 * counted again, post the differences (the question says their total value and how many products
 * nobody counted), or call the count off.
 */
export function CountActions({ count, store, selected, onChanged, reload }: CountActionsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const [asking, setAsking] = useState<Asking | null>(null);
  const params = { countId: count.id };
  const number = documentNumber('SC', count.number);
  const uncounted = count.lines.filter((line) => line.counted === null).length;
  const done = (next: StockCount, message: string) => {
    setAsking(null);
    toast(message, 'success');
    onChanged(next);
  };
  const questions: Record<
    Asking,
    { title: string; body: string; confirm: string; act: () => Promise<void> }
  > = {
    recount: {
      title: t('counts.recount.title', { count: selected.size }),
      body: t('counts.recount.body'),
      confirm: t('counts.recount.submit', { count: selected.size }),
      act: async () =>
        done(
          await api.call('recountStock', { params, body: { productIds: [...selected] } }),
          t('counts.recount.done', { count: selected.size }),
        ),
    },
    post: {
      title: t('counts.post.title', { number }),
      body: t(uncounted > 0 ? 'counts.post.bodyUncounted' : 'counts.post.body', {
        value: format.money(count.varianceValue ?? 0, store.currency),
        count: uncounted,
      }),
      confirm: t('counts.post.submit'),
      act: async () => done(await api.call('postStockCount', { params }), t('counts.post.done')),
    },
    cancel: {
      title: t('counts.cancel.title', { number }),
      body: t('counts.cancel.body'),
      confirm: t('counts.cancel.submit'),
      act: async () => done(await api.call('cancelStockCount', { params }), t('counts.cancel.done')),
    },
  };
  const question = asking && questions[asking];

  return (
    <div className="po-actions" data-testid="count-actions">
      <Button
        variant="primary"
        size="lg"
        onClick={() => void reload().finally(() => setAsking('post'))}
        data-testid="count-post"
      >
        {t('counts.post.submit')}
      </Button>
      <Button disabled={selected.size === 0} onClick={() => setAsking('recount')} data-testid="count-recount">
        {t('counts.recount.submit', { count: selected.size })}
      </Button>
      <Button variant="danger" onClick={() => setAsking('cancel')} data-testid="count-cancel">
        {t('counts.cancel.submit')}
      </Button>
      {asking && question && (
        <ConfirmDialog
          title={question.title}
          confirmLabel={question.confirm}
          danger={asking === 'cancel'}
          testId={`count-${asking}-dialog`}
          onClose={() => setAsking(null)}
          onConfirm={question.act}
        >
          <p data-testid={`count-${asking}-dialog-body`}>{question.body}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

import { type Product, QUICK_KEY_LIMIT } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { appendQuickKey, moveQuickKey, removeQuickKey } from './quick-key-draft';
import type { RegisterQuickKeys, ShownQuickKey } from './use-quick-keys';

export type QuickKeyEditor = {
  /** The favourites being edited, or null when they are not. */
  readonly draft: readonly ShownQuickKey[] | null;
  readonly saving: boolean;
  readonly start: () => void;
  /** Adds a tapped product at the end (once, and not beyond a full grid: a toast says why). */
  readonly append: (product: Product) => void;
  readonly move: (index: number, delta: -1 | 1) => void;
  readonly remove: (index: number) => void;
  /** Sends the whole grid; leaves editing when the server took it, says why in a toast when not. */
  readonly save: () => Promise<void>;
  /** Drops the changes. */
  readonly cancel: () => void;
};

/** Editing the register's favourites at the register, for those who manage registers. */
export function useQuickKeyEditor(quickKeys: RegisterQuickKeys): QuickKeyEditor {
  const { t } = useTranslation();
  const toast = useToast();
  const [draft, setDraft] = useState<readonly ShownQuickKey[] | null>(null);
  const [saving, setSaving] = useState(false);
  return {
    draft,
    saving,
    start: () => setDraft(quickKeys.keys),
    append: (product) => {
      if (!draft) return;
      const added = appendQuickKey(draft, product);
      if (added.ok) setDraft(added.keys);
      else
        toast(
          t(`register.quickKeys.${added.reason}`, { name: product.name, limit: QUICK_KEY_LIMIT }),
          'error',
        );
    },
    move: (at, delta) => setDraft((keys) => keys && moveQuickKey(keys, at, delta)),
    remove: (at) => setDraft((keys) => keys && removeQuickKey(keys, at)),
    save: async () => {
      if (!draft) return;
      setSaving(true);
      try {
        await quickKeys.save(draft.map((shown) => shown.key));
        setDraft(null);
        toast(t('register.quickKeys.saved'), 'success');
      } catch (error) {
        toast(errorMessage(t, error), 'error');
      } finally {
        setSaving(false);
      }
    },
    cancel: () => setDraft(null),
  };
}

import { QUICK_KEY_LIMIT } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import type { QuickKeyEditor } from './use-quick-key-editor';

/** Shown above every shelf while the favourites are edited: how many there are, save or cancel. */
export function QuickKeyEditBar({ editor }: { readonly editor: QuickKeyEditor }) {
  const { t } = useTranslation();
  return (
    <section
      className="quick-key-edit-bar"
      aria-label={t('register.quickKeys.edit')}
      data-testid="quick-keys-editing"
    >
      <span className="quick-key-edit-bar__hint" data-testid="quick-keys-count">
        {t('register.quickKeys.hint', { count: editor.draft?.length ?? 0, limit: QUICK_KEY_LIMIT })}
      </span>
      <Button onClick={editor.cancel} data-testid="quick-keys-cancel">
        {t('common.cancel')}
      </Button>
      <Button
        variant="primary"
        disabled={editor.saving}
        onClick={() => void editor.save()}
        data-testid="quick-keys-save"
      >
        {t(editor.saving ? 'common.saving' : 'common.save')}
      </Button>
    </section>
  );
}

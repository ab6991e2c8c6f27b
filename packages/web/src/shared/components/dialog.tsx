import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const FIRST_FIELD = [
  '.dialog__body [data-autofocus]',
  '.dialog__body input:not([disabled]):not([type="checkbox"])',
  '.dialog__body select:not([disabled])',
  '.dialog__body textarea:not([disabled])',
].join(', ');

export type DialogProps = {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly title: ReactNode;
  readonly children: ReactNode;
  /** `data-testid` of the dialog; its close button gets `<testId>-close`. */
  readonly testId: string;
  readonly className?: string;
};

/**
 * A modal on the native `<dialog>`: focus stays inside, Escape closes, the page behind is inert.
 * Content is only mounted while open, so each opening starts from a clean state.
 */
export function Dialog({ open, onClose, title, children, testId, className }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element, the close button; start in the first field
      // instead (React's autoFocus ran before the dialog was shown, so it could not take effect).
      dialog.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      data-testid={open ? testId : undefined}
      onCancel={(event) => {
        // Escape: let React state decide, so the dialog never closes behind the app's back.
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="btn btn--ghost dialog__close"
              aria-label={t('common.close')}
              data-testid={`${testId}-close`}
              onClick={onClose}
            >
              ×
            </button>
          </header>
          <div className="dialog__body">{children}</div>
        </>
      )}
    </dialog>
  );
}

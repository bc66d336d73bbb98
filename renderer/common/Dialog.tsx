import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}

/** Where a dialog's focus starts, first that exists: a field to type in or choose from, the selected tab, a button; never the close button. */
const FIRST_FIELD = ['input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)', '[role="tab"][aria-selected="true"]', 'button:not(:disabled)'];

/**
 * A modal dialog on the native <dialog> element: focus is trapped and Escape closes it. It opens
 * with the focus on its first field (the browser's choice was the close button) and gives the
 * focus back to what opened it when it closes.
 */
export function Dialog({ title, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    for (const selector of FIRST_FIELD) {
      const field = body.current?.querySelector<HTMLElement>(selector);
      if (field) {
        field.focus();
        break;
      }
    }
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={wide ? 'desk-dialog wide' : 'desk-dialog'} aria-label={title} onCancel={(e) => (e.preventDefault(), onClose())}>
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" onClick={onClose} aria-label={`Close ${title.toLowerCase()}`}>
          ×
        </button>
      </header>
      <div ref={body} className="dialog-body">
        {children}
      </div>
    </dialog>
  );
}

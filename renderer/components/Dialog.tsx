import type { ReactNode } from 'react';
import { useId, useLayoutEffect, useRef } from 'react';

/**
 * A modal on the native <dialog>: focus is trapped and restored by the browser, and
 * Escape asks `onDismiss` (which may refuse, e.g. to protect unsaved changes).
 */
export function Dialog({ title, onDismiss, children, className }: { title: string; onDismiss: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Unique, so that a dialog opened over another (asking for your name over the editor) is named right.
  const titleId = useId();
  // A layout effect: its cleanup closes the dialog while it is still in the page, which is
  // when the browser gives focus back to what opened it (a closed, detached dialog cannot).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // React passes a dialog's cancel on to the dialogs around it in its tree (the editor
        // under its History): only the dialog that Escape closes answers it.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onDismiss();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

/**
 * A modal on the native <dialog>: focus is trapped and restored by the browser, and
 * Escape asks `onDismiss` (which may refuse, e.g. to protect unsaved changes).
 */
export function Dialog({ title, onDismiss, children, className }: { title: string; onDismiss: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}

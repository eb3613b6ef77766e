import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog's buttons: any extra ones first (Delete sits left), then Cancel and the
 * primary action, which submits the form unless it has its own onConfirm.
 */
export function DialogActions({
  onCancel,
  cancel,
  confirm,
  disabled,
  onConfirm,
  form,
  children,
}: {
  onCancel: () => void;
  /** The cancel button's words, when not "Cancel" ("Just looking"). */
  cancel?: ReactNode;
  confirm: ReactNode;
  disabled?: boolean;
  onConfirm?: () => void;
  /** The form the primary button submits when it is not inside it (a sticky footer). */
  form?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      {children}
      <button type="button" onClick={onCancel}>
        {cancel ?? t('actions.cancel')}
      </button>
      <button type={onConfirm ? 'button' : 'submit'} className="primary" disabled={disabled} onClick={onConfirm} form={form}>
        {confirm}
      </button>
    </div>
  );
}

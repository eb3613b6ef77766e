import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog's buttons: any extra ones first (Delete sits left), then Cancel and the
 * primary action, which submits the form unless it has its own onConfirm.
 */
export function DialogActions({ onCancel, confirm, disabled, onConfirm, children }: { onCancel: () => void; confirm: ReactNode; disabled?: boolean; onConfirm?: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      {children}
      <button type="button" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
      <button type={onConfirm ? 'button' : 'submit'} className="primary" disabled={disabled} onClick={onConfirm}>
        {confirm}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockingItems } from '../../../shared/checklist/approval-gate';
import type { Post } from '../../../shared/domain/post';
import { ApiCallError } from '../../api/api-context';
import { useChecklistMutations, usePostChecklist } from '../../api/checklist-queries';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { useUiStore } from '../../state/ui-store';
import { useChecklistText } from './use-checklist-text';
import { SubmitForm } from '../../components/SubmitForm';
import { DialogActions } from '../../components/DialogActions';
import styles from './checklist-items.module.css';

/** True for main's refusal to approve because of open required checklist items. */
export function isChecklistGate(error: unknown): boolean {
  return error instanceof ApiCallError && error.error.issues.length > 0 && error.error.issues.every((issue) => issue.message === 'v.checklistOpen');
}

/**
 * Approving with required items open: the items are listed, and approving anyway
 * needs a written reason, which main keeps on the post with who and when.
 */
export function OverrideDialog({ post, onClose }: { post: Post; onClose: () => void }) {
  const { t } = useTranslation('checklist');
  const { t: tReview } = useTranslation('review');
  const text = useChecklistText();
  const checklist = usePostChecklist(post.id).data;
  const { approveAnyway } = useChecklistMutations();
  const notify = useUiStore((state) => state.notify);
  const [reason, setReason] = useState('');
  const form = useContractForm('posts:approve', { field: (path) => (path === 'overrideReason' ? 'reason' : null) });
  const blocking = checklist ? blockingItems(checklist, 'approved') : [];

  return (
    <Dialog title={t('gate.title')} onDismiss={onClose} className="small-dialog override-dialog">
      <SubmitForm
        onSubmit={() => {
          const input = form.parse({ id: post.id, overrideReason: reason });
          if (!input) return;
          approveAnyway.mutate(
            { id: post.id, overrideReason: input.overrideReason ?? '' },
            {
              onSuccess: () => {
                notify(tReview('approved', { title: post.title }));
                onClose();
              },
              onError: form.fail,
            },
          );
        }}
      >
        <FormAlert form={form} />
        <p>{t('gate.intro', { title: post.title })}</p>
        <ul className={styles.gateItems}>
          {blocking.map((item) => (
            <li key={item.id}>
              <strong>{text.itemLabel(item)}</strong>
              {item.findings
                .filter((finding) => finding.severity === 'problem')
                .map((finding, index) => (
                  <span key={index} className={styles.gateFinding}>
                    {' '}
                    {text.findingText(finding)}
                  </span>
                ))}
            </li>
          ))}
        </ul>
        <Field label={t('gate.reason')} hint={t('gate.reasonHint')} error={form.error('reason')}>
          {(props) => <textarea {...props} rows={3} autoFocus value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <DialogActions onCancel={onClose} confirm={t('gate.approveAnyway')} disabled={approveAnyway.isPending} />
      </SubmitForm>
    </Dialog>
  );
}

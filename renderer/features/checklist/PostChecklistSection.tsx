import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { blockingItems } from '../../../shared/checklist/approval-gate';
import type { ChecklistItemResult } from '../../../shared/checklist/checklist-result';
import type { Post } from '../../../shared/domain/post';
import { useChecklistPreview } from '../../api/checklist-queries';
import { useUiStore } from '../../state/ui-store';
import type { PostForm } from '../../entities/post-form-model';
import { fieldsFromForm } from '../../entities/post-form-model';
import { useIdentityPrompt } from '../../entities/identity/use-identity-prompt';
import { ChecklistItems } from './ChecklistItems';
import { OverrideNote } from '../../entities/OverrideNote';
import { useChecklistText } from './use-checklist-text';
import { useDebounced } from './use-debounced';
import styles from './checklist-items.module.css';

/** Moves focus to the editor's field for an item: the cover image button, the album name, the text… */
function focusFixFor(item: Pick<ChecklistItemResult, 'id' | 'rule'>, root: ParentNode = document): void {
  const key = item.rule ?? item.id;
  const target =
    root.querySelector<HTMLElement>(`[data-fix~="${key}"]`) ?? root.querySelector<HTMLElement>(`[data-item="${CSS.escape(item.id)}"] input, [data-item="${CSS.escape(item.id)}"] button`);
  if (!target) return;
  if (target instanceof HTMLDetailsElement) {
    target.open = true;
    target.querySelector<HTMLElement>('textarea')?.focus();
  } else target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * The post's checklist inside the editor: computed in main from the fields as typed
 * (so adding an image ticks it at once), manual items ticked here, and what holds
 * back approval said plainly.
 */
export function PostChecklistSection({ post, form }: { post?: Post; form: PostForm }) {
  const { t } = useTranslation('checklist');
  const text = useChecklistText();
  const titleId = useId();
  const { withIdentity, prompt } = useIdentityPrompt();
  const debounced = useDebounced(form, 300);
  const fields = useMemo(() => fieldsFromForm(debounced), [debounced]);
  const preview = useChecklistPreview(post?.id ?? null, fields);
  const checklist = preview.data;
  const focus = useUiStore((state) => (state.editor.mode === 'edit' ? state.editor.focus : undefined));
  const focused = useRef(false);

  // Opened from the checklist screen's "fix" link: go straight to the field, once.
  useEffect(() => {
    const item = focus ? checklist?.items.find((candidate) => candidate.id === focus) : undefined;
    if (item && !focused.current) {
      focused.current = true;
      focusFixFor(item);
    }
  }, [focus, checklist]);

  if (!checklist || checklist.items.length === 0) return null;
  const blocking = post && !post.checklistOverride ? blockingItems(checklist, 'approved') : [];
  return (
    <section className={styles.checklistSection} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('template', { name: checklist.templateName })}</h3>
      <p className="muted">{post ? t('editorLive') : t('editorSaveToTick')}</p>
      {post?.checklistOverride ? <OverrideNote override={post.checklistOverride} /> : null}
      {blocking.length && post && ['idea', 'draft', 'in-review'].includes(post.status) ? (
        <p className={styles.gateNote}>{t('blocksApproval', { items: blocking.map((item) => text.itemLabel(item)).join(', ') })}</p>
      ) : null}
      <ChecklistItems checklist={checklist} postId={post?.id ?? null} withIdentity={withIdentity} onFix={(item) => focusFixFor(item)} />
      {prompt}
    </section>
  );
}

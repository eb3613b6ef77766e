import { useEffect, useRef, useState } from 'react';
import { useFeatureSlots } from '../../entities/feature-slots';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { ApiCallError } from '../../api/api-context';
import { usePost, usePostMutations } from '../../api/posts-queries';
import { useSettings } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { useFormatters } from '../../components/use-formatters';
import { useValidationText } from '../../components/use-validation-text';
import { useUiStore } from '../../state/ui-store';
import { useDeletePostWithUndo } from '../../entities/use-delete-post';
import type { FieldErrors, PostForm } from '../../entities/post-form-model';
import { emptyForm, errorsFromIssues, fieldsFromForm, formFromPost, timeGapError } from '../../entities/post-form-model';
import { PostFormFields } from './PostFormFields';
import { PostHistoryDialog } from './PostHistoryDialog';
import { SubmitForm } from '../../components/SubmitForm';
import { DialogActions } from '../../components/DialogActions';

export function PostEditorDialog() {
  const editor = useUiStore((state) => state.editor);
  const { language } = useFormatters();
  if (editor.mode === 'closed') return null;
  if (editor.mode === 'new') return <PostEditor key={`new-${editor.date}`} initial={emptyForm(editor.date, language)} />;
  return <ExistingPostEditor key={editor.postId} postId={editor.postId} />;
}

function ExistingPostEditor({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { t: tEditor } = useTranslation('postEditor');
  const { language } = useFormatters();
  const closeEditor = useUiStore((state) => state.closeEditor);
  const post = usePost(postId);
  if (post.data) return <PostEditor post={post.data} initial={formFromPost(post.data, language)} />;
  return (
    <Dialog title={tEditor('editTitle')} onDismiss={closeEditor}>
      <p role={post.error ? 'alert' : undefined}>{post.error ? t('errors.generic', { message: post.error.message }) : t('loading')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={closeEditor}>
          {t('actions.close')}
        </button>
      </div>
    </Dialog>
  );
}

function PostEditor({ post, initial }: { post?: Post; initial: PostForm }) {
  const { PostChecklistSection, ReviewSection } = useFeatureSlots();
  const { t } = useTranslation();
  const { t: tEditor } = useTranslation('postEditor');
  const validationText = useValidationText();
  const { language } = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const closeEditor = useUiStore((state) => state.closeEditor);
  const notify = useUiStore((state) => state.notify);
  const { create, update } = usePostMutations();
  const deletePost = useDeletePostWithUndo();
  const [form, setForm] = useState(initial);
  const [showingHistory, setShowingHistory] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const saving = create.isPending || update.isPending;
  const errorCount = Object.keys(errors).length;
  // Approving from the review section changes the status on disk: the form follows, so that saving does not undo it.
  const savedStatus = post?.status;
  const lastSavedStatus = useRef(savedStatus);
  useEffect(() => {
    const previous = lastSavedStatus.current;
    lastSavedStatus.current = savedStatus;
    if (savedStatus && previous && savedStatus !== previous) setForm((current) => (current.status === previous ? { ...current, status: savedStatus } : current));
  }, [savedStatus]);

  useEffect(() => {
    if (errorCount) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, errorCount]);

  const dismiss = () => (dirty ? setConfirmingDiscard(true) : closeEditor());

  const onFailure = (error: Error) => {
    if (error instanceof ApiCallError && error.error.issues.length) setErrors(errorsFromIssues(error.error.issues, language));
    else setGeneralError(t('errors.generic', { message: error.message }));
  };

  const submit = () => {
    setGeneralError(null);
    const result = fieldsFromForm(form);
    if (!result.ok) return setErrors(result.errors);
    const gap = timeGapError(result.fields, post, timeZone, language);
    if (gap) return setErrors({ time: gap });
    setErrors({});
    const onSuccess = (saved: Post) => {
      notify(tEditor(post ? 'saved' : 'created', { title: saved.title }));
      closeEditor();
    };
    if (post) update.mutate({ id: post.id, changes: result.fields }, { onSuccess, onError: onFailure });
    else create.mutate(result.fields, { onSuccess, onError: onFailure });
  };

  return (
    <Dialog title={tEditor(post ? 'editTitle' : 'newTitle')} onDismiss={dismiss} className="post-editor">
      <SubmitForm
        ref={formRef}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      >
        {errorCount ? (
          <p className="form-alert" role="alert">
            {tEditor('fixErrors', { count: errorCount })}
          </p>
        ) : null}
        {generalError ? (
          <p className="form-alert" role="alert">
            {generalError}
          </p>
        ) : null}
        <PostFormFields form={form} errors={errors} errorText={validationText} onChange={(changes) => setForm({ ...form, ...changes })} savedStatus={savedStatus} />

        {confirmingDiscard ? (
          <div className="confirm-discard" role="alertdialog" aria-labelledby="discard-title">
            <p id="discard-title">{tEditor('unsaved')}</p>
            <button type="button" className="danger" onClick={closeEditor}>
              {tEditor('discard')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirmingDiscard(false)}>
              {tEditor('keepEditing')}
            </button>
          </div>
        ) : (
          <DialogActions onCancel={dismiss} confirm={saving ? tEditor('saving') : t('actions.save')} disabled={saving}>
            {post ? (
              <button
                type="button"
                className="danger left"
                onClick={() => {
                  deletePost(post);
                  closeEditor();
                }}
              >
                {t('actions.delete')}
              </button>
            ) : null}
            {post ? (
              <button type="button" onClick={() => setShowingHistory(true)}>
                {tEditor('history.open')}
              </button>
            ) : null}
          </DialogActions>
        )}
      </SubmitForm>
      <PostChecklistSection post={post} form={form} />
      {post ? <ReviewSection post={post} /> : null}
      {post && showingHistory ? (
        <PostHistoryDialog
          post={post}
          onClose={() => setShowingHistory(false)}
          // The restored post is already in the cache (so `initial` is made from it): the form shows it, nothing unsaved.
          onRestored={(restored) => {
            setForm(formFromPost(restored, language));
            setErrors({});
          }}
        />
      ) : null}
    </Dialog>
  );
}

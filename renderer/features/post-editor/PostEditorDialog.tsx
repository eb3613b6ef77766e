import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useFeatureSlots } from '../../entities/feature-slots';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { usePost, usePostMutations } from '../../api/posts-queries';
import { isStandIn, storedIdOf } from '../../api/posts-cache';
import { useSettings } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import { useDeletePostWithUndo } from '../../entities/use-delete-post';
import type { PostForm } from '../../entities/post-form-model';
import { emptyForm, formFromPost, postInputFromForm, postIssues, timeGapIssues } from '../../entities/post-form-model';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm, useFailureText } from '../../components/forms/use-contract-form';
import { PostFormFields } from './PostFormFields';
import type { FailedSave } from './failed-save';
import { failedSave, forgetFailedSave, keepFailedSave, NEW_POST } from './failed-save';
import { PostHistoryDialog } from './PostHistoryDialog';
import { SubmitForm } from '../../components/SubmitForm';
import { DialogActions } from '../../components/DialogActions';
import { useSeries, useSeriesMutations } from '../../api/series-queries';
import { useValidationText } from '../../components/use-validation-text';
import { parseDateInput, parseTimeInput } from '../../../shared/calendar/date-input';
import type { RepeatField, RepeatForm } from './repeat-form';
import { repeatFormFor, repeatFormFromRule, ruleFromForm, sameRule } from './repeat-form';
import type { RepeatRule } from './repeat-form';
import type { EditScope } from '../../../shared/recurrence/series-edits';
import { RepeatSection } from './RepeatSection';
import { SeriesScopeDialog } from '../../entities/SeriesScopeDialog';
import { parseOccurrenceId } from '../../../shared/recurrence/occurrence-id';
import type { PostChanges } from '../../../shared/domain/post';

const ruleScopes: readonly EditScope[] = ['following', 'all'];

export function PostEditorDialog() {
  const editor = useUiStore((state) => state.editor);
  const { language } = useFormatters();
  if (editor.mode === 'closed') return null;
  if (editor.mode === 'new') return <NewPostEditor key={`new-${editor.date}`} initial={emptyForm(editor.date, language)} />;
  if (isStandIn(editor.postId)) return <NewPostBeingSaved key={editor.postId} standIn={editor.postId} focus={editor.focus} />;
  return <ExistingPostEditor key={editor.postId} postId={editor.postId} />;
}

/**
 * A new post clicked before main has stored it (the calendar shows it at once under a stand-in id main does not
 * know: posts-cache.ts, showNewPost): the editor opens on the stored post as soon as main answers, so that a save
 * there changes that post. Refused, this closes, and the new-post editor opens on the user's text with main's error.
 */
function NewPostBeingSaved({ standIn, focus }: { standIn: string; focus?: string }) {
  const { t: tEditor } = useTranslation('postEditor');
  const closeEditor = useUiStore((state) => state.closeEditor);
  useEffect(() => {
    let waiting = true;
    void storedIdOf(standIn).then((id) => {
      if (!waiting) return;
      if (id) useUiStore.getState().openPost(id, focus);
      else closeEditor();
    });
    return () => {
      waiting = false;
    };
  }, [standIn, focus, closeEditor]);
  return (
    <EditorWaiting>
      <p role="status" aria-busy="true">
        {tEditor('savingNew')}
      </p>
    </EditorWaiting>
  );
}

/** The editor before there is a post to edit: what it waits for, and Close. */
function EditorWaiting({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { t: tEditor } = useTranslation('postEditor');
  const closeEditor = useUiStore((state) => state.closeEditor);
  return (
    <Dialog title={tEditor('editTitle')} onDismiss={closeEditor}>
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={closeEditor}>
          {t('actions.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** A new post; one main refused opens again as the user left it, with main's error. */
function NewPostEditor({ initial }: { initial: PostForm }) {
  const [failed] = useState(() => failedSave(NEW_POST));
  useEffect(() => forgetFailedSave(NEW_POST), []);
  return <PostEditor initial={initial} failed={failed} />;
}

function ExistingPostEditor({ postId }: { postId: string }) {
  const failureText = useFailureText();
  const { t } = useTranslation();
  const { language } = useFormatters();
  const post = usePost(postId);
  // An edit main refused opens again as the user left it, with main's error.
  const [failed] = useState(() => failedSave(postId));
  useEffect(() => forgetFailedSave(postId), [postId]);
  if (post.data) return <PostEditor post={post.data} initial={formFromPost(post.data, language)} failed={failed} />;
  return (
    <EditorWaiting>
      <p role={post.error ? 'alert' : undefined}>{post.error ? failureText(post.error) : t('loading')}</p>
    </EditorWaiting>
  );
}

/** `current` with every field still as it was stored (`previous`) taken from what is stored now (`next`). */
function followStored(current: PostForm, previous: PostForm, next: PostForm): PostForm {
  const followed = Object.fromEntries(
    Object.entries(current).map(([key, value]) => [key, JSON.stringify(value) === JSON.stringify(previous[key as keyof PostForm]) ? next[key as keyof PostForm] : value]),
  ) as PostForm;
  return JSON.stringify(followed) === JSON.stringify(current) ? current : followed;
}

function PostEditor({ post, initial, failed }: { post?: Post; initial: PostForm; failed?: FailedSave }) {
  const { PostChecklistSection, ReviewSection, PostConflicts, PostOrigin, ShareKit } = useFeatureSlots();
  const { t } = useTranslation();
  const { t: tEditor } = useTranslation('postEditor');
  const { t: tRecurrence } = useTranslation('recurrence');
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { language } = useFormatters();
  const closeEditor = useUiStore((state) => state.closeEditor);
  const notify = useUiStore((state) => state.notify);
  const failureText = useFailureText();
  const { create, update } = usePostMutations();
  const series = useSeriesMutations();
  const validationText = useValidationText();
  const [repeat, setRepeat] = useState<RepeatForm>(() => repeatFormFor(null));
  // One post of a series: saving and deleting ask "only this / this and following / all" first.
  const named = post ? parseOccurrenceId(post.id) : null;
  const occurrence = named !== null;
  const [askingScope, setAskingScope] = useState<{ action: 'edit'; changes: PostChanges; rule?: RepeatRule } | { action: 'delete' } | null>(null);
  // A series' post shows the series' rule to change; the form is filled once the series has come.
  const seriesOf = useSeries(named?.seriesId ?? null).data;
  const storedRule = seriesOf ? { repeat: seriesOf.repeat, ends: seriesOf.ends } : null;
  const filledFrom = useRef<string | null>(null);
  useEffect(() => {
    if (!seriesOf || filledFrom.current === seriesOf.id) return;
    filledFrom.current = seriesOf.id;
    setRepeat(repeatFormFromRule({ repeat: seriesOf.repeat, ends: seriesOf.ends }, seriesOf.start, language));
  }, [seriesOf, language]);
  const checkedRule = ruleFromForm(repeat);
  const ruleChanged = storedRule !== null && checkedRule.ok && checkedRule.rule !== null && !sameRule(checkedRule.rule, storedRule);
  const [repeatIssue, setRepeatIssue] = useState<{ field: RepeatField; message: string } | null>(null);

  const deletePost = useDeletePostWithUndo();
  const [form, setForm] = useState(failed?.form ?? initial);
  const [showingHistory, setShowingHistory] = useState(false);
  const parsedDate = parseDateInput(form.date);
  const parsedTime = parseTimeInput(form.time);
  const issues = useContractForm('posts:create', postIssues);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();
  const dirty = JSON.stringify(form) !== JSON.stringify(initial) || (occurrence ? ruleChanged : repeat.every !== 'none');
  const saving = create.isPending || update.isPending || series.create.isPending;
  const savedStatus = post?.status;
  // The post changed on disk while the editor is open (approved from the review section, or another laptop's change):
  // the fields not edited here follow it, so that saving does not undo it; a field edited here keeps what was typed
  // (saving it is a change after theirs). Followed while rendering, React's pattern for state that follows props: in an
  // effect, the render between the new post and the effect showed the form as edited, and an Escape then asked to
  // discard changes (seen once under load, in checklist.e2e's approval).
  const stored = JSON.stringify(initial);
  const [followedStored, setFollowedStored] = useState(stored);
  if (followedStored !== stored) {
    setFollowedStored(stored);
    setForm((current) => followStored(current, JSON.parse(followedStored) as PostForm, initial));
  }

  const failedError = failed?.error;
  const fail = issues.fail;
  const shownFailure = useRef(false);
  useEffect(() => {
    if (!failedError || shownFailure.current) return;
    shownFailure.current = true;
    fail(failedError);
  }, [failedError, fail]);

  useEffect(() => {
    if (issues.count) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [issues.shown, issues.count]);

  const dismiss = () => (dirty ? setConfirmingDiscard(true) : closeEditor());

  const submit = () => {
    const { input, found } = postInputFromForm(form);
    const fields = issues.parse(input, found);
    const rule = post && !seriesOf ? ({ ok: true, rule: null } as const) : checkedRule;
    setRepeatIssue(rule.ok ? null : { field: rule.field, message: `v.${rule.message}` });
    if (!fields || !rule.ok) return;
    if (!issues.show([...timeGapIssues(fields, post, timeZone), ...(rule.rule && !fields.date ? [{ path: 'date', message: 'v.required' }] : [])])) return;
    if (!post && rule.rule && fields.date) {
      const { date, ...seriesFields } = fields;
      series.create.mutate({ fields: seriesFields, date, ...rule.rule }, {
          onSuccess: (made) => {
            notify(tEditor('created', { title: made.fields.title }));
            closeEditor();
          },
          onError: issues.fail,
        });
      return;
    }
    if (post && occurrence) {
      // Only what was changed here: "all" must not overwrite what other posts of the series have of their own.
      const changes = Object.fromEntries(Object.entries(fields).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(post[key as keyof PostChanges]))) as PostChanges;
      setAskingScope({ action: 'edit', changes, ...(ruleChanged && rule.rule ? { rule: rule.rule } : {}) });
      return;
    }
    // Closed at once: the calendar shows the edit or the new post in this frame (showEditedPost, showNewPost).
    // "Saved" and "Created" are said only once main has stored it (a kill before then must not have told the user
    // so); if main refuses, the editor opens again on the user's text with main's error (failed-save.ts).
    closeEditor();
    const refused = (key: string, reopen: () => void) => (error: Error) => {
      const ui = useUiStore.getState();
      keepFailedSave(key, { form, error });
      // Another editor opened meanwhile stays; this one waits for the next time it opens, and the error is told.
      if (ui.editor.mode === 'closed') reopen();
      else ui.notify(failureText(error));
    };
    if (post) {
      const title = fields.title ?? post.title;
      update.mutateAsync({ id: post.id, changes: fields }).then(() => notify(tEditor('saved', { title })), refused(post.id, () => useUiStore.getState().openPost(post.id)));
      return;
    }
    create.mutateAsync(fields).then((saved) => notify(tEditor('created', { title: saved.title })), refused(NEW_POST, () => useUiStore.getState().openNewPost(fields.date ?? null)));
  };

  return (
    <Dialog title={tEditor(post ? 'editTitle' : 'newTitle')} onDismiss={dismiss} className="post-editor">
      <SubmitForm
        id={formId}
        ref={formRef}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      >
        <FormAlert form={issues} />
        {post ? <PostOrigin post={post} /> : null}
        {post ? <PostConflicts post={post} /> : null}
        <PostFormFields form={form} error={issues.error} onChange={(changes) => setForm({ ...form, ...changes })} savedStatus={savedStatus} />
        {post && !seriesOf ? null : (
          <RepeatSection
            series={seriesOf !== undefined}
            form={repeat}
            date={parsedDate.ok ? parsedDate.value : null}
            time={parsedTime.ok ? parsedTime.value : null}
            error={(field) => (repeatIssue?.field === field ? validationText(repeatIssue.message) : undefined)}
            // Choosing a rule starts it from the post's day: its weekday, its day of the month.
            onChange={(changes) => setRepeat(repeat.every === 'none' && changes.every ? { ...repeatFormFor(parsedDate.ok ? parsedDate.value : null), ...changes } : { ...repeat, ...changes })}
          />
        )}

      </SubmitForm>
      <PostChecklistSection post={post} form={form} />
      {post ? <ReviewSection post={post} /> : null}
      {post ? <ShareKit post={post} /> : null}
      {/* Last in the dialog and sticky, so Save and Cancel stay in sight over the checklist and the review. */}
      <div className="dialog-footer">
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
          <DialogActions form={formId} onCancel={dismiss} confirm={saving ? tEditor('saving') : t('actions.save')} disabled={saving}>
            {post ? (
              <button
                type="button"
                className="danger left"
                onClick={() => {
                  if (occurrence) return setAskingScope({ action: 'delete' });
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
      </div>
      {post && askingScope ? (
        <SeriesScopeDialog
          action={askingScope.action}
          scopes={askingScope.action === 'edit' && askingScope.rule ? ruleScopes : undefined}
          onCancel={() => setAskingScope(null)}
          onChoose={(scope) => {
            setAskingScope(null);
            const done = () => {
              notify(askingScope.action === 'edit' ? tEditor('saved', { title: askingScope.changes.title ?? post.title }) : tRecurrence('deleted', { title: post.title }));
              closeEditor();
            };
            if (askingScope.action === 'edit') series.edit.mutate({ id: post.id, scope, changes: askingScope.changes, ...askingScope.rule }, { onSuccess: done, onError: issues.fail });
            else series.cancel.mutate({ id: post.id, scope }, { onSuccess: done, onError: issues.fail });
          }}
        />
      ) : null}
      {post && showingHistory ? (
        <PostHistoryDialog
          post={post}
          onClose={() => setShowingHistory(false)}
          // The restored post is already in the cache (so `initial` is made from it): the form shows it, nothing unsaved.
          onRestored={(restored) => {
            setForm(formFromPost(restored, language));
            issues.clear();
          }}
        />
      ) : null}
    </Dialog>
  );
}

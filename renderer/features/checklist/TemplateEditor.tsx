import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklist-template';
import { newId } from '../../../shared/domain/ids';
import type { ApiIssue } from '../../../shared/domain/issues';
import { ApiCallError } from '../../api/api-context';
import { useChecklistTemplates, useTemplateMutations } from '../../api/checklist-queries';
import { useValidationText } from '../../components/use-validation-text';
import { useUiStore } from '../../state/ui-store';
import { TemplateCard } from './TemplateCard';
import { updateTemplate } from './template-editor-model';
import styles from './template-editor.module.css';

/**
 * The checklist templates, edited as a whole and saved together: every post's
 * checklist follows at once (checklists are derived when read; ticks are kept by item id).
 */
export function TemplateEditor() {
  const { t } = useTranslation('checklist');
  const validationText = useValidationText();
  const stored = useChecklistTemplates().data;
  const { save, reset } = useTemplateMutations();
  const notify = useUiStore((state) => state.notify);
  const [draft, setDraft] = useState<ChecklistTemplate[] | null>(null);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  useEffect(() => {
    if (stored) setDraft(stored.templates);
  }, [stored]);
  if (!stored || !draft) return null;

  const dirty = JSON.stringify(draft) !== JSON.stringify(stored.templates);
  const onError = (failure: Error) => setIssues(failure instanceof ApiCallError ? failure.error.issues : [{ path: '', message: failure.message }]);
  const change = (index: number, next: (template: ChecklistTemplate) => ChecklistTemplate) => setDraft(updateTemplate(draft, index, next));
  const issueAt = (path: string) => issues.find((issue) => issue.path === path);

  return (
    <div className={styles.templateEditor}>
      <h3>{t('settings.templates')}</h3>
      <p className="muted">{t('settings.templatesHint')}</p>
      {stored.builtIn ? <p className="field-hint">{t('settings.builtIn')}</p> : null}
      {issues.length ? (
        <ul className="form-alert" role="alert">
          {issues.map((issue, index) => (
            <li key={index}>{validationText(issue.message)}</li>
          ))}
        </ul>
      ) : null}
      {draft.map((template, index) => (
        <TemplateCard
          key={template.id}
          template={template}
          index={index}
          issueAt={issueAt}
          onChange={(next) => change(index, next)}
          onRemove={draft.length > 1 ? () => setDraft(draft.filter((_, i) => i !== index)) : undefined}
        />
      ))}
      <div className={`form-actions ${styles.templateActions}`}>
        <button type="button" className="left" onClick={() => setDraft([...draft, { id: newId(), name: t('settings.newTemplate'), contentTypes: [], items: [] }])}>
          + {t('settings.addTemplate')}
        </button>
        <button type="button" className="ghost" disabled={reset.isPending || stored.builtIn} onClick={() => reset.mutate(undefined, { onSuccess: () => notify(t('settings.resetDone')), onError })}>
          {t('settings.reset')}
        </button>
        {dirty ? (
          <button type="button" onClick={() => { setDraft(stored.templates); setIssues([]); }}>
            {t('settings.discard')}
          </button>
        ) : null}
        <button
          type="button"
          className="primary"
          disabled={!dirty || save.isPending}
          onClick={() =>
            save.mutate(
              { templates: draft },
              {
                onSuccess: () => {
                  setIssues([]);
                  notify(t('settings.saved'));
                },
                onError,
              },
            )
          }
        >
          {t('settings.save')}
        </button>
      </div>
      {dirty ? <p className={`field-hint ${styles.unsavedNote}`}>{t('settings.unsaved')}</p> : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklist-template';
import { newId } from '../../../shared/domain/ids';
import { useChecklistTemplates, useTemplateMutations } from '../../api/checklist-queries';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { useDraft } from '../../components/forms/use-draft';
import { useUiStore } from '../../state/ui-store';
import { TemplateCard } from './TemplateCard';
import { templateIssues, updateTemplate } from './template-editor-model';
import styles from './template-editor.module.css';

/**
 * The checklist templates, edited as a whole and saved together: every post's
 * checklist follows at once (checklists are derived when read; ticks are kept by item id).
 */
export function TemplateEditor() {
  const { t } = useTranslation('checklist');
  const stored = useChecklistTemplates().data;
  const { save: saveTemplates, reset } = useTemplateMutations();
  const notify = useUiStore((state) => state.notify);
  const edit = useDraft(stored?.templates);
  const form = useContractForm('checklist:saveTemplates', templateIssues);
  const draft = edit.value;
  if (!stored || !draft) return null;

  const dirty = JSON.stringify(draft) !== JSON.stringify(stored.templates);
  const setDraft = (next: ChecklistTemplate[]) => edit.set(next);
  const change = (index: number, next: (template: ChecklistTemplate) => ChecklistTemplate) => setDraft(updateTemplate(draft, index, next));
  const save = () => {
    const input = form.parse({ templates: draft });
    if (input)
      saveTemplates.mutate(input, {
        onSuccess: () => {
          edit.reset();
          notify(t('settings.saved'));
        },
        onError: form.fail,
      });
  };

  return (
    <div className={styles.templateEditor}>
      <h3>{t('settings.templates')}</h3>
      <p className="muted">{t('settings.templatesHint')}</p>
      {stored.builtIn ? <p className="field-hint">{t('settings.builtIn')}</p> : null}
      <FormAlert form={form} />
      {draft.map((template, index) => (
        <TemplateCard
          key={template.id}
          template={template}
          error={(path) => form.error(`templates.${index}.${path}`)}
          onChange={(next) => change(index, next)}
          onRemove={draft.length > 1 ? () => setDraft(draft.filter((_, i) => i !== index)) : undefined}
        />
      ))}
      <div className={`form-actions ${styles.templateActions}`}>
        <button type="button" className="left" onClick={() => setDraft([...draft, { id: newId(), name: t('settings.newTemplate'), contentTypes: [], items: [] }])}>
          + {t('settings.addTemplate')}
        </button>
        <button type="button" className="ghost" disabled={reset.isPending || stored.builtIn} onClick={() => reset.mutate(undefined, { onSuccess: () => notify(t('settings.resetDone')), onError: form.fail })}>
          {t('settings.reset')}
        </button>
        {dirty ? (
          <button
            type="button"
            onClick={() => {
              edit.reset();
              form.clear();
            }}
          >
            {t('settings.discard')}
          </button>
        ) : null}
        <button
          type="button"
          className="primary"
          disabled={!dirty || saveTemplates.isPending}
          onClick={save}
        >
          {t('settings.save')}
        </button>
      </div>
      {dirty ? <p className={`field-hint ${styles.unsavedNote}`}>{t('settings.unsaved')}</p> : null}
    </div>
  );
}

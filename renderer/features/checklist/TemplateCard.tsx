import { useTranslation } from 'react-i18next';
import { PROOFREAD_ITEM_ID } from '../../../shared/checklist/default-templates';
import type { ChecklistRule, ChecklistTemplate } from '../../../shared/domain/checklist-template';
import { newId } from '../../../shared/domain/ids';
import type { PostStatus } from '../../../shared/domain/post';
import { contentTypes, PostStatus as PostStatusSchema } from '../../../shared/domain/post';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { addManualItem, addRuleItem, changeItem, moveItem, removeItem, requirableStatuses, rulesMissing, toggleContentType } from './template-editor-model';
import { useChecklistText } from './use-checklist-text';
import styles from './template-editor.module.css';

/** One template: its name, the content types it is for, and its items (rename, reorder, require, remove, add). */
export function TemplateCard({
  template,
  error,
  onChange,
  onRemove,
}: {
  template: ChecklistTemplate;
  /** The message of a field of this template ("name", "items.2.label"), in the UI language. */
  error: (path: string) => string | undefined;
  onChange: (change: (template: ChecklistTemplate) => ChecklistTemplate) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('checklist');
  const { t: tDomain } = useTranslation('domain');
  const text = useChecklistText();
  const missing = rulesMissing(template);
  const itemName = (item: ChecklistTemplate['items'][number]) => text.itemLabel(item);
  // Built-in items keep an empty label (named in the UI language) until someone renames them.
  const builtInName = (item: ChecklistTemplate['items'][number]) => (item.rule !== null || item.id === PROOFREAD_ITEM_ID ? text.itemLabel({ ...item, label: '' }) : '');

  return (
    <fieldset className={styles.templateCard}>
      <legend>{template.name || t('settings.newTemplate')}</legend>
      <div className={styles.templateHead}>
        <Field label={t('settings.templateName')} error={error('name')}>
          {(props) => <input {...props} type="text" maxLength={200} value={template.name} onChange={(event) => onChange((current) => ({ ...current, name: event.target.value }))} />}
        </Field>
        {onRemove ? (
          <button type="button" className={`ghost ${styles.dangerText}`} onClick={onRemove}>
            {t('settings.removeTemplate', { name: template.name })}
          </button>
        ) : null}
      </div>
      <div className={styles.templateTypes} role="group" aria-label={t('settings.contentTypes')}>
        <span className={styles.groupLabel}>{t('settings.contentTypes')}</span>
        {contentTypes.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={template.contentTypes.includes(type)} onChange={(event) => onChange((current) => toggleContentType(current, type, event.target.checked))} />
            {tDomain(`contentType.${type}`)}
          </label>
        ))}
        {template.contentTypes.length === 0 ? <span className="field-hint">{t('settings.allOtherTypes')}</span> : null}
        {error('contentTypes') ? <p className="field-error">{error('contentTypes')}</p> : null}
      </div>
      <div className={`${styles.templateItem} ${styles.templateItemsHeader}`} aria-hidden="true">
        <span />
        <span>{t('settings.itemName')}</span>
        <span>{t('settings.kindHeader')}</span>
        <span>{t('settings.requiredFor')}</span>
        <span />
      </div>
      <ol className={styles.templateItems}>
        {template.items.map((item, i) => {
          const name = itemName(item);
          const labelError = error(`items.${i}.label`);
          return (
            <li key={item.id} className={styles.templateItem}>
              <span className={styles.templateItemNumber} aria-hidden="true">
                {i + 1}.
              </span>
              <input
                type="text"
                aria-label={t('settings.itemLabel', { n: i + 1 })}
                aria-invalid={labelError ? true : undefined}
                value={item.label || builtInName(item)}
                maxLength={500}
                onChange={(event) => onChange((current) => changeItem(current, i, { label: event.target.value }))}
              />
              <span className={styles.kindBadge} data-kind={item.kind}>{t(`settings.kind.${item.kind}`)}</span>
              <select
                aria-label={t('settings.requiredForItem', { n: i + 1 })}
                value={item.requiredFor ?? ''}
                onChange={(event) => onChange((current) => changeItem(current, i, { requiredFor: event.target.value ? (PostStatusSchema.parse(event.target.value) as PostStatus) : null }))}
              >
                <option value="">{t('settings.notRequired')}</option>
                {requirableStatuses.map((status) => (
                  <option key={status} value={status}>
                    {tDomain(`status.${status}`)}
                  </option>
                ))}
              </select>
              <span className={styles.templateItemButtons}>
                <button type="button" className="icon-button" disabled={i === 0} aria-label={t('settings.moveUp', { item: name })} title={t('settings.moveUp', { item: name })} onClick={() => onChange((current) => moveItem(current, i, -1))}>
                  <Icon name="up" size={16} />
                </button>
                <button type="button" className="icon-button" disabled={i === template.items.length - 1} aria-label={t('settings.moveDown', { item: name })} title={t('settings.moveDown', { item: name })} onClick={() => onChange((current) => moveItem(current, i, 1))}>
                  <Icon name="down" size={16} />
                </button>
                <button type="button" className="icon-button" aria-label={t('settings.removeItem', { item: name })} title={t('settings.removeItem', { item: name })} onClick={() => onChange((current) => removeItem(current, i))}>
                  <Icon name="close" size={16} />
                </button>
              </span>
              {labelError ? <p className={`field-error ${styles.templateItemError}`}>{labelError}</p> : null}
            </li>
          );
        })}
      </ol>
      <div className={styles.templateAdd}>
        <button type="button" onClick={() => onChange((current) => addManualItem(current, newId(), t('settings.newItem')))}>
          + {t('settings.addItem')}
        </button>
        {missing.length ? (
          <select aria-label={t('settings.addRule')} value="" onChange={(event) => event.target.value && onChange((current) => addRuleItem(current, event.target.value as ChecklistRule))}>
            <option value="">{t('settings.addRule')}…</option>
            {missing.map((rule) => (
              <option key={rule} value={rule}>
                {text.itemLabel({ id: rule, label: '', rule })}
              </option>
            ))}
          </select>
        ) : null}
      </div>
    </fieldset>
  );
}

import type { ChecklistItemTemplate, ChecklistRule, ChecklistTemplate } from '../../../shared/domain/checklist-template';
import { checklistRules } from '../../../shared/domain/checklist-template';
import type { ContentType, PostStatus } from '../../../shared/domain/post';
import type { IssueMapping } from '../../components/forms/form-issues';

/* Edits to the templates being changed in Settings: pure, each returning new templates. */

export function updateTemplate(templates: ChecklistTemplate[], index: number, change: (template: ChecklistTemplate) => ChecklistTemplate): ChecklistTemplate[] {
  return templates.map((template, i) => (i === index ? change(template) : template));
}

export function moveItem(template: ChecklistTemplate, from: number, delta: -1 | 1): ChecklistTemplate {
  const to = from + delta;
  if (to < 0 || to >= template.items.length) return template;
  const items = [...template.items];
  [items[from], items[to]] = [items[to], items[from]];
  return { ...template, items };
}

export function removeItem(template: ChecklistTemplate, index: number): ChecklistTemplate {
  return { ...template, items: template.items.filter((_, i) => i !== index) };
}

export function changeItem(template: ChecklistTemplate, index: number, changes: Partial<Pick<ChecklistItemTemplate, 'label' | 'requiredFor'>>): ChecklistTemplate {
  return { ...template, items: template.items.map((item, i) => (i === index ? { ...item, ...changes } : item)) };
}

export function addManualItem(template: ChecklistTemplate, id: string, label: string): ChecklistTemplate {
  return { ...template, items: [...template.items, { id, label, kind: 'manual', rule: null, requiredFor: null }] };
}

/** Automatic checks not yet in the template: each rule fits once. */
export function rulesMissing(template: ChecklistTemplate): ChecklistRule[] {
  return checklistRules.filter((rule) => !template.items.some((item) => item.rule === rule));
}

export function addRuleItem(template: ChecklistTemplate, rule: ChecklistRule): ChecklistTemplate {
  // The rule's own name is the id when free, so that ticks and focus links keep working.
  const id = template.items.some((item) => item.id === rule) ? `${rule}-${template.items.length + 1}` : rule;
  return { ...template, items: [...template.items, { id, label: '', kind: 'automatic', rule, requiredFor: null }] };
}

export function toggleContentType(template: ChecklistTemplate, type: ContentType, on: boolean): ChecklistTemplate {
  const contentTypes = on ? [...template.contentTypes, type] : template.contentTypes.filter((candidate) => candidate !== type);
  return { ...template, contentTypes };
}

export const requirableStatuses: PostStatus[] = ['in-review', 'approved', 'published'];

/** The fields a template card shows (a content type's issue on the group); an issue elsewhere (a rule, an id, too many templates) is said above the templates. */
export const templateIssues: IssueMapping = {
  field: (path) => {
    const field = path.replace(/^(templates\.\d+\.contentTypes)\.\d+$/, '$1');
    return /^templates\.\d+\.(name|contentTypes|items\.\d+\.label)$/.test(field) ? field : null;
  },
};

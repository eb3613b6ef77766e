import type { ApiIssue } from '../domain/issues';
import type { ChecklistTemplate } from '../domain/checklist-template';
import { PROOFREAD_ITEM_ID } from './default-templates';

/*
 * What makes a set of templates usable: each content type has at most one template
 * (the first match would silently win otherwise), at most one template covers "all
 * other types", automatic items name their rule once per template, manual items have
 * a name, and item ids are unique within a template (ticks are kept by item id).
 */

export function templateProblems(templates: readonly ChecklistTemplate[]): ApiIssue[] {
  const issues: ApiIssue[] = [];
  if (templates.length === 0) issues.push({ path: 'templates', message: 'v.templatesEmpty' });
  const templateIds = new Set<string>();
  const claimed = new Map<string, number>();
  let catchAll: number | null = null;
  templates.forEach((template, t) => {
    if (templateIds.has(template.id)) issues.push({ path: `templates.${t}.id`, message: 'v.templateDuplicateId', received: template.id });
    templateIds.add(template.id);
    if (template.contentTypes.length === 0) {
      if (catchAll !== null) issues.push({ path: `templates.${t}.contentTypes`, message: 'v.templateAllTwice' });
      catchAll ??= t;
    }
    for (const type of template.contentTypes) {
      if (claimed.has(type) && claimed.get(type) !== t) issues.push({ path: `templates.${t}.contentTypes`, message: 'v.templateTypeTaken', received: type });
      claimed.set(type, t);
    }
    const itemIds = new Set<string>();
    const rules = new Set<string>();
    template.items.forEach((item, i) => {
      const path = `templates.${t}.items.${i}`;
      if (itemIds.has(item.id)) issues.push({ path: `${path}.id`, message: 'v.templateDuplicateId', received: item.id });
      itemIds.add(item.id);
      if (item.kind === 'automatic') {
        if (item.rule === null) issues.push({ path: `${path}.rule`, message: 'v.templateAutomaticRule' });
        else if (rules.has(item.rule)) issues.push({ path: `${path}.rule`, message: 'v.templateRuleTwice', received: item.rule });
        else rules.add(item.rule);
      } else {
        if (item.rule !== null) issues.push({ path: `${path}.rule`, message: 'v.templateManualRule' });
        // Only the built-in manual item is named by the app; any other needs the name someone typed.
        if (!item.label.trim() && item.id !== PROOFREAD_ITEM_ID) issues.push({ path: `${path}.label`, message: 'v.required' });
      }
    });
  });
  return issues;
}

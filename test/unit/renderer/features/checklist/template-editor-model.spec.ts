import { describe, expect, it } from 'vitest';
import { checkInput } from '../../../../../renderer/components/forms/form-issues';
import { addManualItem, addRuleItem, changeItem, moveItem, removeItem, rulesMissing, templateIssues, toggleContentType, updateTemplate } from '../../../../../renderer/features/checklist/template-editor-model';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';
import type { ChecklistTemplate } from '../../../../../shared/domain/checklist-template';
import { checklistRules } from '../../../../../shared/domain/checklist-template';

const empty = { id: 't', name: 'Events', contentTypes: ['event'], items: [] } as unknown as ChecklistTemplate;

describe('template editor model', () => {
  it('adds, moves, changes and removes items without touching the input', () => {
    const one = addManualItem(empty, 'a', 'Photo permission asked');
    const two = addRuleItem(one, checklistRules[0]);
    expect(two.items.map((item) => item.id)).toEqual(['a', checklistRules[0]]);
    expect(moveItem(two, 1, -1).items.map((item) => item.id)).toEqual([checklistRules[0], 'a']);
    expect(moveItem(two, 0, -1)).toBe(two);
    expect(changeItem(two, 0, { requiredFor: 'approved' }).items[0]).toMatchObject({ id: 'a', requiredFor: 'approved' });
    expect(removeItem(two, 0).items.map((item) => item.id)).toEqual([checklistRules[0]]);
    expect(empty.items).toEqual([]);
  });

  it('offers each automatic rule once, and names a second copy apart', () => {
    const withRule = addRuleItem(empty, checklistRules[0]);
    expect(rulesMissing(withRule)).not.toContain(checklistRules[0]);
    expect(addRuleItem(withRule, checklistRules[0]).items[1].id).toBe(`${checklistRules[0]}-2`);
  });

  it('switches content types and replaces one template of many', () => {
    expect(toggleContentType(empty, 'news' as never, true).contentTypes).toEqual(['event', 'news']);
    expect(toggleContentType(empty, 'event' as never, false).contentTypes).toEqual([]);
    const other = { ...empty, id: 'u' };
    expect(updateTemplate([empty, other], 1, (template) => ({ ...template, name: 'Other' })).map((template) => template.name)).toEqual(['Events', 'Other']);
  });

  it('says on the card’s own field what is wrong with a template, in the user’s language, and above the templates what no field shows', () => {
    const named = { ...addManualItem(empty, 'a', 'x'.repeat(10_000)), name: '' };
    const { value, issues } = checkInput('checklist:saveTemplates', { templates: [empty, named] }, [], templateIssues);
    expect(value).toBeNull();
    expect(Object.keys(issues.fields).sort()).toEqual(['templates.1.items.0.label', 'templates.1.name']);
    expect(validationMessage(issues.fields['templates.1.name'].message, 'fi')).toBe(validationMessage('v.required', 'fi'));
    const none = checkInput('checklist:saveTemplates', { templates: [] }, [], templateIssues);
    expect(none.issues.fields).toEqual({});
    expect(none.issues.general).toHaveLength(1);
    expect(templateIssues.field?.('templates.0.contentTypes.2')).toBe('templates.0.contentTypes');
    expect(templateIssues.field?.('templates.0.items.1.rule')).toBeNull();
  });
});

import { albumIndex } from '../../../../shared/checklist/album-index';
import { describe, expect, it } from 'vitest';
import { defaultTemplates, effectiveTemplates, templateFor } from '../../../../shared/checklist/default-templates';
import type { ChecklistContext } from '../../../../shared/checklist/evaluate-checklist';
import { evaluateChecklist } from '../../../../shared/checklist/evaluate-checklist';
import { templateProblems } from '../../../../shared/checklist/template-rules';
import { localDate } from '../../../../shared/domain/local-time';
import { facebook, post } from './builders';

const context: ChecklistContext = {
  association: { website: 'https://kyla.fi', email: '', phone: '' },
  channels: [facebook],
  duties: [],
  volunteers: [],
  settings: { albumPattern: '{yyyy}-{MM}-{dd} {event}', responseWindowHours: 48 },
  albums: albumIndex([]),
};
const templates = defaultTemplates('fi');

describe('a post’s checklist from its template', () => {
  it('takes the template for the post’s content type: an event needs an album, a tip does not', () => {
    const event = evaluateChecklist(post({ contentType: 'event' }), templates, context);
    const tip = evaluateChecklist(post({ contentType: 'tip' }), templates, context);
    expect(event.templateName).toBe('Tapahtumat ja kuvat');
    expect(event.items.map((item) => item.id)).toContain('album-name');
    expect(tip.templateName).toBe('Muut julkaisut');
    expect(tip.items.map((item) => item.id)).not.toContain('album-name');
  });

  it('marks a manual item done once ticked, with who and when', () => {
    const tick = { by: 'Maija', at: '2026-06-01T08:00:00.000Z' };
    const before = evaluateChecklist(post(), templates, context).items.find((item) => item.id === 'proofread');
    const after = evaluateChecklist(post({ checklist: { proofread: tick } }), templates, context).items.find((item) => item.id === 'proofread');
    expect(before).toMatchObject({ kind: 'manual', state: 'open', tick: null, tickable: true });
    expect(after).toMatchObject({ state: 'done', tick });
  });

  it('lets a person confirm the contact item, but not tick an automatic item such as the cover image', () => {
    const ticked = post({ text: 'Kiitos!', checklist: { 'contact-info': { by: 'Maija', at: '2026-06-01T08:00:00.000Z' }, 'cover-image': { by: 'Maija', at: '2026-06-01T08:00:00.000Z' } } });
    const items = evaluateChecklist(ticked, templates, context).items;
    expect(items.find((item) => item.id === 'contact-info')).toMatchObject({ state: 'done', tickable: true });
    expect(items.find((item) => item.id === 'cover-image')).toMatchObject({ state: 'open', tickable: false, tick: null });
  });

  it('follows a template edit: a new required item appears on an existing post', () => {
    const edited = templates.map((template) => ({ ...template, items: [...template.items, { id: 'lupa', label: 'Kuvauslupa kysytty', kind: 'manual' as const, rule: null, requiredFor: 'approved' as const }] }));
    const items = evaluateChecklist(post({ date: localDate('2026-06-20') }), edited, context).items;
    expect(items.at(-1)).toMatchObject({ id: 'lupa', label: 'Kuvauslupa kysytty', state: 'open', requiredFor: 'approved' });
  });

  it('uses the built-in templates until the association stores its own', () => {
    expect(effectiveTemplates([], 'sv').map((template) => template.name)).toEqual(['Evenemang och bilder', 'Övriga inlägg']);
    expect(effectiveTemplates([templates[1]], 'sv')).toEqual([templates[1]]);
    expect(templateFor('event', [templates[1]])?.id).toBe(templates[1].id);
    expect(templateFor('event', [])).toBeNull();
  });
});

describe('editing templates', () => {
  it('accepts the built-in templates', () => {
    expect(templateProblems(templates)).toEqual([]);
  });

  it('refuses two templates for the same content type, an automatic check twice, a nameless manual item, and no templates at all', () => {
    const [event, general] = templates;
    const clash = [event, { ...general, id: 'other', contentTypes: ['event' as const] }];
    expect(templateProblems(clash)).toMatchObject([{ path: 'templates.1.contentTypes', message: 'v.templateTypeTaken', received: 'event' }]);
    const twice = [{ ...general, items: [...general.items, { ...general.items[0], id: 'copy' }] }];
    expect(templateProblems(twice)).toMatchObject([{ message: 'v.templateRuleTwice' }]);
    const nameless = [{ ...general, items: [{ id: 'x1', label: ' ', kind: 'manual' as const, rule: null, requiredFor: null }] }];
    expect(templateProblems(nameless)).toMatchObject([{ path: 'templates.0.items.0.label', message: 'v.required' }]);
    expect(templateProblems([])).toMatchObject([{ message: 'v.templatesEmpty' }]);
  });
});

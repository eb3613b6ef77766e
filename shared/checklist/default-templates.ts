import type { ChecklistItemTemplate, ChecklistRule, ChecklistTemplate } from '../domain/checklist-template';
import type { ContentType, PostStatus } from '../domain/post';
import type { Language } from '../domain/settings';

/*
 * The association's good practice (DOMAIN.md, "The posting checklist") as the
 * templates a new data folder starts with. Built-in items are stored with an empty
 * label and named in the UI language by their rule (or, for manual ones, their id);
 * a label typed in Settings replaces that name.
 *
 * A data folder whose `checklistTemplates` is empty has never edited its templates:
 * it uses these (in its current language) until the first edit stores a copy.
 */

const EVENT_TEMPLATE_ID = 'events-and-photos';
const GENERAL_TEMPLATE_ID = 'all-posts';
/** The built-in manual item: someone other than the writer read the text. */
export const PROOFREAD_ITEM_ID = 'proofread';

const templateNames: Record<Language, Record<string, string>> = {
  fi: { [EVENT_TEMPLATE_ID]: 'Tapahtumat ja kuvat', [GENERAL_TEMPLATE_ID]: 'Muut julkaisut' },
  sv: { [EVENT_TEMPLATE_ID]: 'Evenemang och bilder', [GENERAL_TEMPLATE_ID]: 'Övriga inlägg' },
  en: { [EVENT_TEMPLATE_ID]: 'Events and photos', [GENERAL_TEMPLATE_ID]: 'Other posts' },
};

function automatic(rule: ChecklistRule, requiredFor: PostStatus | null): ChecklistItemTemplate {
  return { id: rule, label: '', kind: 'automatic', rule, requiredFor };
}

const proofread: ChecklistItemTemplate = { id: PROOFREAD_ITEM_ID, label: '', kind: 'manual', rule: null, requiredFor: null };

/** Events and photo posts need a named album and a cover image before approval; other posts do not. */
export function defaultTemplates(language: Language): ChecklistTemplate[] {
  const eventTypes: ContentType[] = ['event', 'photos'];
  return [
    {
      id: EVENT_TEMPLATE_ID,
      name: templateNames[language][EVENT_TEMPLATE_ID],
      contentTypes: eventTypes,
      items: [
        automatic('cover-image', 'approved'),
        automatic('album-name', 'approved'),
        automatic('response-duty', null),
        automatic('contact-info', null),
        automatic('adapted-per-channel', null),
        automatic('nothing-unfinished', 'approved'),
        proofread,
      ],
    },
    {
      id: GENERAL_TEMPLATE_ID,
      name: templateNames[language][GENERAL_TEMPLATE_ID],
      contentTypes: [],
      items: [
        automatic('cover-image', null),
        automatic('response-duty', null),
        automatic('contact-info', null),
        automatic('adapted-per-channel', null),
        automatic('nothing-unfinished', 'approved'),
        proofread,
      ],
    },
  ];
}

/** The templates in force: the stored ones, or the built-in ones until the first edit. */
export function effectiveTemplates(stored: readonly ChecklistTemplate[], language: Language): ChecklistTemplate[] {
  return stored.length ? [...stored] : defaultTemplates(language);
}

/** The template for a content type: the first that names it, else the first that covers all types. */
export function templateFor(contentType: ContentType, templates: readonly ChecklistTemplate[]): ChecklistTemplate | null {
  return templates.find((template) => template.contentTypes.includes(contentType)) ?? templates.find((template) => template.contentTypes.length === 0) ?? null;
}

import type { CampaignKind, CampaignStep, CampaignTemplate } from '../domain/campaign';
import { localTime } from '../domain/local-time';
import type { ContentType } from '../domain/post';
import type { Language } from '../domain/settings';
import { locales } from '../locales/locales';

/*
 * The two templates every plan starts with (issue 16 item 3). Their words are in the
 * `campaigns` namespace of the plan's language; a template saved under the same id
 * (edited by someone on the team) replaces the built-in one for everybody.
 */

type Words = (typeof locales)['en']['campaigns']['builtIn'];
type StepPlan<K extends CampaignKind> = [offsetDays: number, key: keyof Words[K]['steps'], time: string, contentType: ContentType];

const plans: { [K in CampaignKind]: StepPlan<K>[] } = {
  event: [
    [-14, 'teaser', '18:00', 'announcement'],
    [-7, 'announcement', '18:00', 'event'],
    [-1, 'reminder', '18:00', 'announcement'],
    [0, 'live', '12:00', 'photos'],
    [1, 'thanks', '18:00', 'photos'],
  ],
  fundraiser: [
    [-28, 'launch', '18:00', 'announcement'],
    [-21, 'why', '18:00', 'story'],
    [-14, 'halfway', '18:00', 'announcement'],
    [-7, 'lastWeek', '18:00', 'announcement'],
    [-1, 'lastDay', '12:00', 'announcement'],
    [1, 'result', '18:00', 'story'],
  ],
};

const builtInTemplateIds: Record<CampaignKind, string> = { event: 'builtin-event', fundraiser: 'builtin-fundraiser' };

export function builtInCampaignTemplates(language: Language): CampaignTemplate[] {
  const words = locales[language].campaigns.builtIn;
  const template = <K extends CampaignKind>(kind: K): CampaignTemplate => {
    const titles: Words[K]['steps'] = words[kind].steps;
    return {
      id: builtInTemplateIds[kind],
      name: words[kind].name,
      kind,
      steps: plans[kind].map(([offsetDays, key, time, contentType]): CampaignStep => ({ id: `${kind}-${String(key)}`, offsetDays, title: String(titles[key]), time: localTime(time), contentType })),
    };
  };
  return [template('event'), template('fundraiser')];
}

/** The templates the team sees: the built-in ones (or their saved edits) first, then the team's own. */
export function campaignTemplatesOf(stored: readonly CampaignTemplate[], language: Language): CampaignTemplate[] {
  const saved = new Map(stored.map((template) => [template.id, template]));
  const builtIn = builtInCampaignTemplates(language).map((template) => saved.get(template.id) ?? template);
  const builtInIds = new Set(builtIn.map((template) => template.id));
  return [...builtIn, ...stored.filter((template) => !builtInIds.has(template.id))];
}

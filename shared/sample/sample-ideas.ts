import { placeSteps } from '../campaigns/campaign-schedule';
import { builtInCampaignTemplates } from '../campaigns/campaign-templates';
import { daysBetween, plusDays } from '../calendar/calendar-dates';
import type { Campaign } from '../domain/campaign';
import type { Idea, IdeaStatus } from '../domain/idea';
import type { Id } from '../domain/ids';
import type { Instant, LocalDate } from '../domain/local-time';
import type { Post, PostStatus } from '../domain/post';
import { newPost } from '../domain/post';

/*
 * The sample association's idea backlog and one campaign (issue 16 item 7): ideas from
 * members and residents with supporters, one that became a post, one dropped with its
 * reason, and the school fundraiser (DOMAIN.md: a village raised about 4,000 € in a month
 * to keep its school) around a key date three weeks ahead, half its money raised.
 */

interface SampleIdea {
  title: string;
  description: string;
  proposer: string;
  supporters: string[];
  tags: string[];
  status: IdeaStatus;
  statusReason?: string;
  /** The sample post (by title) it became. */
  post?: string;
  campaign?: boolean;
}

const backlog: SampleIdea[] = [
  { title: 'Koulun puolesta -keräys', description: 'Kerätään kuukaudessa 4 000 € koulun kerhoille, jotta kyläkoulu jatkaa. Naapurikylä onnistui samassa viime vuonna.', proposer: 'Vanhempainyhdistys', supporters: ['Aino', 'Matti', '', 'Sari', 'Pekka', '', 'Helmi'], tags: ['koulu', 'keräys'], status: 'planned', campaign: true },
  { title: 'Uimarannan laituri kuntoon', description: 'Talkoot laiturin korjaamiseksi ennen kesää; lautatarvikkeet kunnalta.', proposer: 'Kalle Koski', supporters: ['', 'Ritva', '', 'Ossi'], tags: ['talkoot', 'ranta'], status: 'new' },
  { title: 'Vanhat valokuvat -sarja', description: 'Joka kuukausi yksi vanha kuva kylän arkistosta ja tarina sen takaa.', proposer: 'Elsa Niemi', supporters: ['Paavo', 'Liisa', ''], tags: ['arkisto'], status: 'planned', post: 'Vanhat valokuvat -sarja' },
  { title: 'Kylän oma podcast', description: 'Kuukausittainen keskustelu kyläläisten kanssa.', proposer: 'Jussi Lehto', supporters: ['', ''], tags: ['ääni'], status: 'dropped', statusReason: 'Ei tekijää tänä vuonna; palataan asiaan syksyn kokouksessa.' },
  { title: 'Lasten kesäleiri kylätalolla', description: 'Kolmen päivän leiri alakoululaisille.', proposer: 'Maija Virtanen', supporters: ['', 'Tiina', 'Arto', '', ''], tags: ['lapset'], status: 'done' },
];

const RAISED = 2350;
const TARGET = 4000;

function campaignStatus(date: LocalDate, today: LocalDate): PostStatus {
  const days = daysBetween(today, date);
  return days < 0 ? 'published' : days < 7 ? 'approved' : 'draft';
}

/** A post of the campaign as far along as its day: published ones with their address, and approved ones with who approved them. */
function campaignPost(fields: Parameters<typeof newPost>[0] & { date: LocalDate }, today: LocalDate, approver: string, id: Id, now: Instant): Post {
  const status = campaignStatus(fields.date, today);
  const post = newPost({ ...fields, status, publishedUrl: status === 'published' ? `https://mantyla.example.fi/uutiset/${fields.date}-koulu` : '' }, id, now);
  return status === 'draft' ? post : { ...post, approval: { by: approver, at: now } };
}

export function sampleIdeasAndCampaign({ today, now, makeId, posts, channelIds, approver }: { today: LocalDate; now: Instant; makeId: () => Id; posts: readonly Post[]; channelIds: Id[]; approver: string }): {
  ideas: Idea[];
  campaigns: Campaign[];
  posts: Post[];
} {
  const template = builtInCampaignTemplates('fi').find((entry) => entry.kind === 'fundraiser');
  if (!template) throw new Error('The fundraiser template is built in.');
  const keyDate = plusDays(today, 21);
  const name = 'Koulun puolesta';
  const placed = placeSteps(keyDate, template.steps).map(({ step, date, time }) => ({
    step,
    post: campaignPost({ title: `${name}: ${step.title}`, date, time, contentType: step.contentType, channelIds, tags: ['koulu'] }, today, approver, makeId(), now),
  }));
  const campaign: Campaign = {
    id: makeId(),
    name,
    goal: 'Kerätään 4 000 € koulun kerhotoimintaan kuukaudessa, jotta kyläkoulu jatkaa.',
    kind: 'fundraiser',
    keyDate,
    targetAmount: TARGET,
    raisedAmount: RAISED,
    templateId: template.id,
    posts: placed.map(({ step, post }) => ({ stepId: step.id, offsetDays: step.offsetDays, postId: post.id })),
    createdAt: now,
    updatedAt: now,
  };
  const ideas = backlog.map((entry): Idea => {
    const post = entry.post ? posts.find((candidate) => candidate.title === entry.post) : undefined;
    const links = [...(post ? [{ kind: 'post' as const, id: post.id }] : []), ...(entry.campaign ? [{ kind: 'campaign' as const, id: campaign.id }] : [])];
    return {
      id: makeId(),
      title: entry.title,
      description: entry.description,
      proposer: entry.proposer,
      tags: entry.tags,
      status: entry.status,
      statusReason: entry.statusReason ?? '',
      supporters: entry.supporters.map((supporter) => ({ id: makeId(), name: supporter, at: now })),
      links,
      createdAt: now,
      updatedAt: now,
    };
  });
  return { ideas, campaigns: [campaign], posts: placed.map(({ post }) => post) };
}

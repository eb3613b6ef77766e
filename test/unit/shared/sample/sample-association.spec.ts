import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../../shared/calendar/calendar-dates';
import { MainDocument } from '../../../../shared/domain/documents';
import { localDate } from '../../../../shared/domain/local-time';
import { Post } from '../../../../shared/domain/post';
import { Series } from '../../../../shared/domain/series';
import { occurrencesBetween } from '../../../../shared/recurrence/series';
import { sampleData, SAMPLE_DAYS_AFTER, SAMPLE_DAYS_BEFORE } from '../../../../shared/sample/sample-association';

const today = localDate('2026-11-25');
const make = () => {
  let next = 0;
  return sampleData({ today, now: '2026-11-25T10:00:00.000Z', makeId: () => `sample-${++next}` });
};

describe('the sample association', () => {
  it('is a Finnish village association with five channels and six volunteers', () => {
    const sample = make();
    expect(sample.association.name).toBe('Mäntylän kyläyhdistys ry');
    expect(sample.channels.map((channel) => channel.name)).toEqual(['Facebook-sivu', 'Jäsenryhmä', 'Instagram', 'Kotisivu', 'Jäsenkirje']);
    expect(sample.volunteers).toHaveLength(6);
  });

  it('makes only valid records that refer to its own channels and people', () => {
    const sample = make();
    const channelIds = new Set(sample.channels.map((channel) => channel.id));
    const people = new Set(sample.volunteers.map((volunteer) => volunteer.id));
    for (const post of sample.posts) {
      expect(Post.safeParse(post).success).toBe(true);
      expect(post.channelIds.every((id) => channelIds.has(id))).toBe(true);
      for (const person of [post.authorId, post.responderId]) if (person) expect(people.has(person)).toBe(true);
    }
    const main = MainDocument.safeParse({ schemaVersion: 1, association: sample.association, channels: sample.channels, volunteers: sample.volunteers, duties: sample.duties, checklistTemplates: [], settings: { language: 'fi', timeZone: 'Europe/Helsinki', weekStartsOn: 1, userName: '' } });
    expect(main.success).toBe(true);
  });

  it('has a weekly series whose Thursday occurrences show in every week of the season', () => {
    const sample = make();
    const [weekly] = sample.series;
    expect(Series.safeParse(weekly).success).toBe(true);
    const shown = occurrencesBetween(weekly, localDate('2026-11-23'), localDate('2026-12-06'));
    expect(shown.map((post) => `${post.date} ${post.time} ${post.title}`)).toEqual(['2026-11-26 18:00 Torstain kyläkuulumiset', '2026-12-03 18:00 Torstain kyläkuulumiset']);
  });

  it('plans response duty a week at a time up to five weeks ahead, around a volunteer who is away', () => {
    const sample = make();
    const names = new Map(sample.volunteers.map((volunteer) => [volunteer.id, volunteer.name]));
    const rota = sample.duties.map((duty) => [duty.type, duty.from, duty.to, names.get(duty.volunteerId ?? '')]);
    expect(rota.at(0)).toEqual(['response', '2026-10-19', '2026-10-25', 'Eero Heikkinen']);
    expect(rota.at(-1)).toEqual(['response', '2026-12-21', '2026-12-27', 'Eero Heikkinen']);
    expect(rota).toHaveLength(10);
    const away = sample.volunteers.find((volunteer) => volunteer.away.length > 0);
    expect(away?.name).toBe('Liisa Nieminen');
    expect(sample.duties.find((duty) => duty.from === away?.away[0].from)?.volunteerId).not.toBe(away?.id);
    expect(sample.duties.every((duty, index) => index === 0 || duty.volunteerId !== sample.duties[index - 1].volunteerId)).toBe(true);
  });

  it('spans a season around today, with undated ideas too', () => {
    const { posts } = make();
    const offsets = posts.filter((post) => post.date).map((post) => daysBetween(today, post.date!));
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(-SAMPLE_DAYS_BEFORE);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(SAMPLE_DAYS_AFTER);
    expect(posts.length).toBeGreaterThan(50);
    expect(posts.filter((post) => post.date === null).length).toBeGreaterThanOrEqual(5);
  });

  it('has statuses that follow time: the past published, the coming weeks approved or in review', () => {
    const { posts } = make();
    const past = posts.filter((post) => post.date && post.date < today);
    expect(past.every((post) => post.status === 'published' || post.status === 'cancelled')).toBe(true);
    expect(past.filter((post) => post.status === 'published').every((post) => post.publishedUrl.startsWith('https://'))).toBe(true);
    for (const status of ['idea', 'draft', 'in-review', 'approved', 'published', 'cancelled'] as const) {
      expect(posts.some((post) => post.status === status)).toBe(true);
    }
    expect(posts.filter((post) => post.status === 'approved').every((post) => post.approval?.by)).toBe(true);
    expect(posts.some((post) => post.comments.length > 0)).toBe(true);
  });

  it('shows the idea backlog with supporters and the school fundraiser around a date three weeks ahead (issue 16)', () => {
    const { ideas, campaigns, posts } = make();
    expect(ideas.map((idea) => [idea.title, idea.supporters.length, idea.status])).toContainEqual(['Koulun puolesta -keräys', 7, 'planned']);
    expect(ideas.find((idea) => idea.status === 'dropped')?.statusReason).not.toBe('');
    const [campaign] = campaigns;
    expect(campaign).toMatchObject({ name: 'Koulun puolesta', kind: 'fundraiser', keyDate: '2026-12-16', targetAmount: 4000, raisedAmount: 2350 });
    const ids = new Set(posts.map((post) => post.id));
    expect(campaign.posts.every((entry) => ids.has(entry.postId))).toBe(true);
    const linked = ideas.flatMap((idea) => idea.links);
    expect(linked).toContainEqual({ kind: 'campaign', id: campaign.id });
    const postLinks = linked.filter((link) => link.kind === 'post');
    expect(postLinks.length).toBe(1);
    expect(postLinks.every((link) => ids.has(link.id))).toBe(true);
    expect(MainDocument.shape.ideas.safeParse(ideas).success && MainDocument.shape.campaigns.safeParse(campaigns).success).toBe(true);
  });

  it('keeps marketing to at most one post in twelve', () => {
    const { posts } = make();
    expect(posts.filter((post) => post.marketing).length * 12).toBeLessThanOrEqual(posts.length);
  });

  it('writes event days the Finnish way (la 28.11.) and times as 9.00', () => {
    const { posts } = make();
    expect(posts.map((post) => post.title)).toContain('Joulumyyjäiset la 28.11.');
    expect(posts.find((post) => post.title === 'Joulumyyjäiset la 28.11.')?.text).toContain('Aika: la 28.11. klo 10.00');
  });

  it('shows a channel cadence and three months of results before this month, valid in the main document (issue 16)', () => {
    const sample = make();
    const page = sample.channels.find((channel) => channel.name === 'Facebook-sivu')!;
    expect(page.postsPerWeek).toBe(2);
    expect(Object.keys(sample.channelResults[page.id])).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(sample.channelResults[page.id]['2026-10']).toMatchObject({ followers: 436, newFollowers: 17 });
    expect(MainDocument.shape.channelResults.safeParse(sample.channelResults).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { campaignProgress, placeSteps, shiftedDates } from '../../../../shared/campaigns/campaign-schedule';
import { builtInCampaignTemplates, campaignTemplatesOf } from '../../../../shared/campaigns/campaign-templates';
import { instantOf } from '../../../../shared/calendar/zoned-time';
import type { CampaignStep } from '../../../../shared/domain/campaign';
import { localDate, localTime } from '../../../../shared/domain/local-time';

const step = (offsetDays: number, time = '18:00'): CampaignStep => ({ id: `s${offsetDays + 100}`, offsetDays, title: `D${offsetDays}`, time: localTime(time), contentType: 'announcement' });
const HELSINKI = 'Europe/Helsinki';

describe('placing a campaign’s posts around its key date', () => {
  it('counts days across month and year ends and a leap day', () => {
    expect(placeSteps(localDate('2027-03-03'), [step(-7), step(1)]).map(({ date }) => date)).toEqual(['2027-02-24', '2027-03-04']);
    expect(placeSteps(localDate('2027-01-31'), [step(1), step(-31)]).map(({ date }) => date)).toEqual(['2026-12-31', '2027-02-01']);
    expect(placeSteps(localDate('2028-03-01'), [step(-1)]).map(({ date }) => date)).toEqual(['2028-02-29']);
    expect(placeSteps(localDate('2027-01-03'), [step(-14)]).map(({ date }) => date)).toEqual(['2026-12-20']);
  });

  it('keeps a −7 post at 18:00 Helsinki time when the clocks change in between (spring and autumn)', () => {
    // Summer time began on 28 March 2027: the key date is in UTC+3, the −7 post still in UTC+2.
    const [spring] = placeSteps(localDate('2027-04-02'), [step(-7)]);
    expect(spring).toMatchObject({ date: '2027-03-26', time: '18:00' });
    expect(instantOf(spring.date, localTime(spring.time ?? ''), HELSINKI)).toBe('2027-03-26T16:00:00.000Z');
    expect(instantOf(localDate('2027-04-02'), localTime('18:00'), HELSINKI)).toBe('2027-04-02T15:00:00.000Z');
    // Summer time ended on 31 October 2027: the other way round.
    const [autumn] = placeSteps(localDate('2027-11-05'), [step(-7)]);
    expect(autumn).toMatchObject({ date: '2027-10-29', time: '18:00' });
    expect(instantOf(autumn.date, localTime(autumn.time ?? ''), HELSINKI)).toBe('2027-10-29T15:00:00.000Z');
  });

  it('moves every dated post by the key date’s move, across a clock change, and back again on undo', () => {
    const posts = [
      { id: 'a', date: localDate('2027-03-19') },
      { id: 'b', date: localDate('2027-03-25') },
      { id: 'undated', date: null },
    ];
    const moved = shiftedDates(posts, localDate('2027-03-26'), localDate('2027-04-09'));
    expect(moved).toEqual([
      { id: 'a', date: '2027-04-02' },
      { id: 'b', date: '2027-04-08' },
    ]);
    // Wall-clock dates: the time field is not touched, so 18:00 stays 18:00 on the far side of the change.
    expect(instantOf(moved[0].date, localTime('18:00'), HELSINKI)).toBe('2027-04-02T15:00:00.000Z');
    const undone = shiftedDates(moved, localDate('2027-04-09'), localDate('2027-03-26'));
    expect(undone).toEqual([
      { id: 'a', date: '2027-03-19' },
      { id: 'b', date: '2027-03-25' },
    ]);
    expect(shiftedDates(posts, localDate('2027-03-26'), localDate('2027-03-26'))).toEqual([]);
  });
});

describe('a campaign’s progress', () => {
  const campaign = {
    kind: 'fundraiser' as const,
    targetAmount: 4000,
    raisedAmount: 2500,
    posts: ['p1', 'p2', 'p3', 'gone'].map((postId, index) => ({ stepId: `s${index}`, offsetDays: index, postId })),
  };
  it('counts ready (approved) and published posts of those still in the plan, and the money against the target', () => {
    const posts = [
      { id: 'p1', status: 'approved' as const },
      { id: 'p2', status: 'published' as const },
      { id: 'p3', status: 'draft' as const },
      { id: 'other', status: 'published' as const },
    ];
    expect(campaignProgress(campaign, posts)).toEqual({ total: 3, ready: 1, published: 1, raisedShare: 0.625 });
    expect(campaignProgress({ ...campaign, kind: 'event' }, posts).raisedShare).toBeNull();
    expect(campaignProgress({ ...campaign, raisedAmount: null }, posts).raisedShare).toBe(0);
  });
});

describe('campaign templates', () => {
  it('come built in (event, fundraiser) in the plan’s language, and an edit saved under a built-in id replaces it', () => {
    const [event, fundraiser] = builtInCampaignTemplates('fi');
    expect(event.steps.map((s) => [s.offsetDays, s.title])).toEqual([
      [-14, 'Ennakko'],
      [-7, 'Ilmoitus'],
      [-1, 'Muistutus'],
      [0, 'Suorana tapahtumasta'],
      [1, 'Kiitos ja kuva-albumi'],
    ]);
    expect(fundraiser.kind).toBe('fundraiser');
    const edited = { ...event, name: 'Kyläjuhla', steps: event.steps.slice(1) };
    const own = { ...fundraiser, id: 'own', name: 'Oma' };
    expect(campaignTemplatesOf([own, edited], 'fi').map((template) => template.name)).toEqual(['Kyläjuhla', 'Varainkeruu', 'Oma']);
  });
});

import { describe, expect, it } from 'vitest';
import type { HealthContext } from '../../../../shared/checklist/channel-health';
import { channelHealth, checkDueOn } from '../../../../shared/checklist/channel-health';
import { staleness } from '../../../../shared/checklist/staleness';
import type { LocalDate } from '../../../../shared/domain/local-time';
import { localDate } from '../../../../shared/domain/local-time';
import { volunteer } from '../roster/builders';
import { facebook } from './builders';

const today = localDate('2026-06-20');
const stamp = (date: string) => ({ by: 'Anna', at: `${date}T09:00:00.000Z` });

function context(fields: Partial<HealthContext> = {}): HealthContext {
  return {
    association: { website: 'https://kyla.fi', email: 'info@kyla.fi', phone: '', description: 'Kyläyhdistys' },
    volunteers: [volunteer('Anna'), volunteer('Pekka', { active: false })],
    checks: {},
    dateOf: (s) => s.at.slice(0, 10) as LocalDate,
    today,
    checkMonths: 6,
    staleAfterDays: 14,
    staleness: staleness(localDate('2026-06-15'), localDate('2026-06-22'), today, 14),
    ...fields,
  };
}

const stateOf = (items: ReturnType<typeof channelHealth>) => Object.fromEntries(items.map((item) => [item.key, item.state]));

describe('channel health', () => {
  it('is all done for a page checked recently, with a responsible volunteer and fresh posts', () => {
    const checks = { 'about-contact': stamp('2026-03-01'), description: stamp('2025-01-10'), images: stamp('2026-05-01'), 'home-link': stamp('2025-01-10') };
    expect(stateOf(channelHealth({ ...facebook, responsibleVolunteerId: 'anna' }, context({ checks })))).toEqual({
      'about-contact': 'done',
      description: 'done',
      images: 'done',
      'home-link': 'done',
      responsible: 'done',
      staleness: 'done',
    });
  });

  it('asks for the About page’s contact info again once it was checked more than six months ago', () => {
    const items = channelHealth(facebook, context({ checks: { 'about-contact': stamp('2025-12-19') } }));
    expect(items.find((item) => item.key === 'about-contact')).toMatchObject({ state: 'open', findings: [{ key: 'checkOutOfDate', params: { months: 6, date: '2025-12-19' } }] });
    expect(channelHealth(facebook, context({ checks: { 'about-contact': stamp('2025-12-21') } })).find((item) => item.key === 'about-contact')?.state).toBe('done');
  });

  it('is open without a named responsible volunteer, or with one who is no longer active', () => {
    expect(channelHealth(facebook, context()).find((item) => item.key === 'responsible')).toMatchObject({ state: 'open', findings: [{ key: 'noResponsible' }] });
    expect(channelHealth({ ...facebook, responsibleVolunteerId: 'pekka' }, context()).find((item) => item.key === 'responsible')).toMatchObject({
      state: 'open',
      findings: [{ key: 'responsibleInactive', params: { name: 'Pekka' } }],
    });
  });

  it('flags a channel silent for 15 days', () => {
    const silent = context({ staleness: staleness(localDate('2026-06-05'), null, today, 14) });
    expect(channelHealth(facebook, silent).find((item) => item.key === 'staleness')).toMatchObject({ state: 'open', findings: [{ key: 'silent', params: { days: 15, threshold: 14 } }] });
  });

  it('cannot call the home-page link done while Settings has no home page', () => {
    const noWebsite = context({ association: { website: '', email: '', phone: '', description: '' }, checks: { 'home-link': stamp('2026-06-01') } });
    expect(channelHealth(facebook, noWebsite).find((item) => item.key === 'home-link')).toMatchObject({ state: 'open', findings: [{ key: 'checkedOn' }, { key: 'noWebsiteInSettings' }] });
  });

  it('has no profile page checks for a website or a newsletter', () => {
    expect(channelHealth({ kind: 'newsletter', responsibleVolunteerId: 'anna' }, context()).map((item) => item.key)).toEqual(['responsible', 'staleness']);
  });

  it('dates the next check N months on, at the end of a shorter month', () => {
    expect(checkDueOn(localDate('2026-08-31'), 6)).toBe('2027-02-28');
    expect(checkDueOn(localDate('2026-01-15'), 6)).toBe('2026-07-15');
  });
});

import { describe, expect, it } from 'vitest';
import { newMainDocument } from '../../../../electron/storage/main-document';
import type { MainDocument } from '../../../../shared/domain/documents';
import type { JsonObject } from '../../../../shared/migrations/data-set';
import { salvageMainDocument } from '../../../../shared/migrations/salvage-main-document';
import { channels, duties, volunteers } from '../../../support/export-fixture';

const sound: MainDocument = {
  ...newMainDocument('fi-FI'),
  association: { ...newMainDocument('fi-FI').association, name: 'Kylä ry' },
  channels,
  volunteers: volunteers.map((v) => (v.id === 'bo' ? { ...v, channelIds: ['group'] } : v)),
  duties,
  channelChecks: { fb: { 'about-contact': { by: 'Anna', at: '2026-11-20T10:00:00.000Z' } }, ig: { images: { by: 'Bo', at: '2026-11-21T10:00:00.000Z' } } },
};
const raw = (change: (doc: JsonObject) => void = () => {}): JsonObject => {
  const doc = structuredClone(sound) as unknown as JsonObject;
  change(doc);
  return doc;
};
type Doc = { [key: string]: Doc } & Doc[];

describe('salvaging a main document record by record', () => {
  it('returns a sound document as it is', () => {
    expect(salvageMainDocument(raw(), null, 'fi-FI')).toEqual({ main: sound, restored: 0, dropped: 0 });
  });

  it('takes a whole unreadable list from the safety copy', () => {
    const damaged = raw((doc) => (doc.channels = 'oops'));
    expect(salvageMainDocument(damaged, raw(), 'fi-FI')).toEqual({ main: sound, restored: 3, dropped: 0 });
  });

  it('without a safety copy, mends what pointed at the lost channels: duties go, volunteers and checks forget them', () => {
    const { main, dropped } = salvageMainDocument(
      raw((doc) => ((doc.channels as unknown as Doc)[1].kind = 'myspace' as never)),
      null,
      'fi-FI',
    );
    expect(main.channels.map((c) => c.id)).toEqual(['fb', 'group']);
    expect(main.duties.map((d) => d.id)).toEqual(['d1', 'd3']); // d2 was for Instagram only
    expect(main.channelChecks).toEqual({ fb: sound.channelChecks.fb });
    expect(dropped).toBe(2);
  });

  it('clears a lost volunteer as a channel’s responsible person, keeping the channel', () => {
    const { main } = salvageMainDocument(raw((doc) => ((doc.volunteers as unknown as Doc)[0].maxDutiesPerMonth = 99 as never)), null, 'fi-FI');
    expect(main.volunteers.map((v) => v.id)).toEqual(['bo']);
    expect(main.channels.find((c) => c.id === 'fb')?.responsibleVolunteerId).toBeNull();
    expect(main.duties.map((d) => d.id)).toEqual(['d2', 'd3']);
  });

  it('keeps the first of two records with the same id', () => {
    const { main, dropped } = salvageMainDocument(raw((doc) => (doc.volunteers as unknown as Doc).push({ ...(doc.volunteers as unknown as Doc)[0], name: 'Anna twice' } as never)), null, 'fi-FI');
    expect(main.volunteers.map((v) => v.name)).toEqual(['Anna Äijälä', 'Bo Åström']);
    expect(dropped).toBe(1);
  });

  it('takes unreadable settings from the safety copy, or else uses the defaults of the system language', () => {
    const damaged = raw((doc) => ((doc.settings as unknown as Doc).timeZone = 'Mars/Olympus' as never));
    expect(salvageMainDocument(damaged, raw((doc) => ((doc.settings as unknown as Doc).userName = 'Maija' as never)), 'sv-FI')).toMatchObject({ main: { settings: { userName: 'Maija', timeZone: 'Europe/Helsinki' } }, restored: 1 });
    expect(salvageMainDocument(damaged, null, 'sv-FI')).toMatchObject({ main: { settings: newMainDocument('sv-FI').settings }, dropped: 1 });
  });

  it('keeps the readable checks of a channel and leaves out an unreadable one', () => {
    const { main, dropped } = salvageMainDocument(raw((doc) => ((doc.channelChecks as unknown as Doc).fb.images = { by: 'Bo', at: 'yesterday' } as never)), null, 'fi-FI');
    expect(main.channelChecks).toEqual(sound.channelChecks);
    expect(dropped).toBe(1);
  });
});

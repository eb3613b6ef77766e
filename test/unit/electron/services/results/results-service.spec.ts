import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { planFile } from '../../../../support/plan-on-disk';
import { roundTripBackup } from '../../../../support/round-trip';
import { tempDir } from '../../../../support/temp-dir';

const NOW = new Date('2026-11-15T09:00:00Z');
const numbers = (followers: number | null, posts: number | null) => ({ followers, newFollowers: 12, posts, commentsPositive: 30, commentsNegative: 2, messagesAnswered: 5, reach: null });

async function withChannel() {
  const dir = tempDir();
  const backend = await backendOn(dir, () => NOW);
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys kylällä', responsibleVolunteerId: null, postsPerWeek: 2 });
  return { dir, backend, facebook };
}

describe('results per channel and month', () => {
  it('keeps three months on disk, and a month saved with no number is removed', async () => {
    const { dir, backend, facebook } = await withChannel();
    await backend.call('results:save', { channelId: facebook.id, month: '2026-09', numbers: numbers(400, 8) });
    await backend.call('results:save', { channelId: facebook.id, month: '2026-10', numbers: numbers(412, 9) });
    await backend.call('results:save', { channelId: facebook.id, month: '2026-11', numbers: numbers(430, null) });
    const main = await planFile(dir, 'somevuoro.json');
    expect(Object.keys(main.channelResults[facebook.id])).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(main.channelResults[facebook.id]['2026-10']).toEqual(numbers(412, 9));
    const cleared = await backend.call('results:save', { channelId: facebook.id, month: '2026-11', numbers: { followers: null, newFollowers: null, posts: null, commentsPositive: null, commentsNegative: null, messagesAnswered: null, reach: null } });
    expect(Object.keys(cleared[facebook.id])).toEqual(['2026-09', '2026-10']);
  });

  it('refuses a negative number, a fraction, text and a month still to come, with a clear message and nothing written', async () => {
    const { dir, backend, facebook } = await withChannel();
    const save = (month: string, followers: unknown) => backend.call('results:save', { channelId: facebook.id, month, numbers: { ...numbers(1, 1), followers } as never });
    await expect(save('2026-10', -5)).rejects.toThrow('numbers.followers: Cannot be negative.');
    await expect(save('2026-10', 2.5)).rejects.toThrow('numbers.followers: Not a whole number.');
    await expect(save('2026-10', 'paljon')).rejects.toThrow('numbers.followers: Not a whole number.');
    await expect(save('2026-13', 5)).rejects.toThrow('month: Not a month (yyyy-mm).');
    await expect(save('2026-12', 5)).rejects.toThrow('This month is still to come');
    await expect(backend.call('results:save', { channelId: 'gone-0000', month: '2026-10', numbers: numbers(1, 1) })).rejects.toThrow('It is no longer there');
    expect((await planFile(dir, 'somevuoro.json')).channelResults).toEqual({});
  });

  it('is in the spreadsheet export, a row per known number of the months in the range', async () => {
    const { backend, facebook } = await withChannel();
    await backend.call('results:save', { channelId: facebook.id, month: '2026-10', numbers: numbers(412, 9) });
    await backend.call('results:save', { channelId: facebook.id, month: '2026-08', numbers: numbers(390, 7) });
    const selection = { from: '2026-10-01', to: '2026-11-30', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
    const csv = await backend.call('export:create', { format: 'csv', selection, language: 'fi' });
    const rows = csv.content.split('\r\n').filter((line) => line.startsWith('Tulos'));
    expect(rows).toEqual([
      'Tulos;1.10.2026;2026-10-01;;Seuraajat tai jäsenet;Facebook-sivu;;;412;;;;;;;;2026-10-31;;',
      'Tulos;1.10.2026;2026-10-01;;Uudet seuraajat;Facebook-sivu;;;12;;;;;;;;2026-10-31;;',
      'Tulos;1.10.2026;2026-10-01;;Julkaisut;Facebook-sivu;;;9;;;;;;;;2026-10-31;;',
      'Tulos;1.10.2026;2026-10-01;;Myönteiset kommentit;Facebook-sivu;;;30;;;;;;;;2026-10-31;;',
      'Tulos;1.10.2026;2026-10-01;;Kielteiset kommentit;Facebook-sivu;;;2;;;;;;;;2026-10-31;;',
      'Tulos;1.10.2026;2026-10-01;;Vastatut viestit;Facebook-sivu;;;5;;;;;;;;2026-10-31;;',
    ]);
  });

  it('travels in the backup and comes back from it; its channel is not deleted while it has results', async () => {
    const { backend, facebook } = await withChannel();
    await backend.call('results:save', { channelId: facebook.id, month: '2026-10', numbers: numbers(412, 9) });
    const restored = await roundTripBackup(backend, () => NOW);
    expect(restored.main.channelResults).toEqual({ [facebook.id]: { '2026-10': numbers(412, 9) } });
    expect(restored.main.channels[0].postsPerWeek).toBe(2);
    await expect(backend.call('channels:delete', { id: facebook.id })).rejects.toThrow('This channel has results for one month: they would be lost.');
    expect(await backend.call('results:list', {})).toEqual({ [facebook.id]: { '2026-10': numbers(412, 9) } });
    expect((await backend.call('channels:list', {})).map((channel) => channel.id)).toEqual([facebook.id]);
    // Cleared on the Results screen (a month saved with no number), the channel goes.
    const none = { followers: null, newFollowers: null, posts: null, commentsPositive: null, commentsNegative: null, messagesAnswered: null, reach: null };
    await backend.call('results:save', { channelId: facebook.id, month: '2026-10', numbers: none });
    await backend.call('channels:delete', { id: facebook.id });
    expect(await backend.call('results:list', {})).toEqual({});
  });
});

import type { z } from 'zod';
import { Series } from '../domain/series';
import { Association, emptyAssociation } from '../domain/association';
import { Campaign, CampaignTemplate } from '../domain/campaign';
import { Channel } from '../domain/channel';
import { ChecklistTemplate } from '../domain/checklist-template';
import type { MainDocument } from '../domain/documents';
import { MainDocument as MainSchema, SCHEMA_VERSION } from '../domain/documents';
import { Duty } from '../domain/duty';
import { Idea } from '../domain/idea';
import { Id } from '../domain/ids';
import { Stamp } from '../domain/post';
import { defaultSettings, Settings } from '../domain/settings';
import { Volunteer } from '../domain/volunteer';
import { MonthNumbers, ResultMonth } from '../results/channel-results';
import type { Json, JsonObject } from './data-set';
import { isJsonObject } from './data-set';

/*
 * A main document that does not validate as a whole is read record by record: every
 * channel, volunteer, duty and template, the association, settings and
 * each channel check that parses is kept. A record that does not is taken from the
 * safety copy (a backup of the same schema version) when that holds a readable
 * record with the same id; otherwise it is left out (the damaged file is kept aside
 * by the caller). Defaults fill only what neither had. Last, records pointing at
 * something that was lost are mended: a duty of a lost volunteer or channel goes, a
 * lost person is no longer a channel's responsible, a lost channel leaves a
 * volunteer's channels and its checks go.
 */

export interface SalvagedMain {
  main: MainDocument;
  /** Records of the damaged file taken from the safety copy instead. */
  restored: number;
  /** Records left out: unreadable here and in the safety copy, a duplicate id, or a duty whose volunteer or channel was lost. */
  dropped: number;
}

interface Tally {
  restored: number;
  dropped: number;
}

const parsed = <T>(schema: z.ZodType<T>, value: Json | undefined): T | undefined => {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
};

function records<T extends { id: string }>(schema: z.ZodType<T>, found: Json | undefined, copy: Json | undefined, tally: Tally): T[] {
  const fromCopy = new Map<string, T>();
  for (const entry of Array.isArray(copy) ? copy : []) {
    const record = parsed(schema, entry);
    if (record && !fromCopy.has(record.id)) fromCopy.set(record.id, record);
  }
  if (!Array.isArray(found)) {
    // The whole list is unreadable (or the file was): the safety copy's list stands in.
    tally.restored += fromCopy.size;
    return [...fromCopy.values()];
  }
  const kept = new Map<string, T>();
  for (const entry of found) {
    let record = parsed(schema, entry);
    if (!record) {
      const id = isJsonObject(entry) ? parsed(Id, entry.id) : undefined;
      record = id === undefined ? undefined : fromCopy.get(id);
      if (record) tally.restored++;
    }
    if (record && !kept.has(record.id)) kept.set(record.id, record);
    else tally.dropped++;
  }
  return [...kept.values()];
}

function single<T>(schema: z.ZodType<T>, found: Json | undefined, copy: Json | undefined, fallback: () => T, tally: Tally): T {
  const own = parsed(schema, found);
  if (own !== undefined) return own;
  const fromCopy = parsed(schema, copy);
  if (fromCopy !== undefined) {
    tally.restored++;
    return fromCopy;
  }
  if (found !== undefined) tally.dropped++;
  return fallback();
}

type ChannelChecks = MainDocument['channelChecks'];

function channelChecks(found: Json | undefined, copy: Json | undefined, tally: Tally): ChannelChecks {
  const source = isJsonObject(found) ? found : isJsonObject(copy) ? copy : {};
  const checks: ChannelChecks = {};
  for (const [channelId, entries] of Object.entries(source)) {
    if (!parsed(Id, channelId) || !isJsonObject(entries)) {
      tally.dropped++;
      continue;
    }
    const kept: ChannelChecks[string] = {};
    for (const [check, stamp] of Object.entries(entries)) {
      const valid = check.length <= 64 ? parsed(Stamp, stamp) : undefined;
      if (valid) kept[check] = valid;
      else tally.dropped++;
    }
    checks[channelId] = kept;
  }
  if (source === copy && Object.keys(checks).length > 0) tally.restored++;
  return checks;
}

type Results = MainDocument['channelResults'];

/** Results month by month: a damaged month is dropped, the others kept; from the copy only when the document has none. */
function channelResults(found: Json | undefined, copy: Json | undefined, tally: Tally): Results {
  const source = isJsonObject(found) ? found : isJsonObject(copy) ? copy : {};
  const results: Results = {};
  for (const [channelId, months] of Object.entries(source)) {
    if (!parsed(Id, channelId) || !isJsonObject(months)) {
      tally.dropped++;
      continue;
    }
    const kept: Results[string] = {};
    for (const [month, numbers] of Object.entries(months)) {
      const valid = parsed(ResultMonth, month) ? parsed(MonthNumbers, numbers) : undefined;
      if (valid) kept[month] = valid;
      else tally.dropped++;
    }
    results[channelId] = kept;
  }
  if (source === copy && Object.keys(results).length > 0) tally.restored++;
  return results;
}

/** `raw` is the damaged main document (or {} when it was not JSON at all); `copy` the safety copy's, if any. */
export function salvageMainDocument(raw: JsonObject, copy: JsonObject | null, locale: string): SalvagedMain {
  const tally: Tally = { restored: 0, dropped: 0 };
  const spare = copy ?? {};
  const channels = records(Channel, raw.channels, spare.channels, tally);
  const volunteers = records(Volunteer, raw.volunteers, spare.volunteers, tally);
  const channelIds = new Set(channels.map((channel) => channel.id));
  const people = new Set(volunteers.map((volunteer) => volunteer.id));

  const duties = records(Duty, raw.duties, spare.duties, tally).filter((duty) => {
    const linked = (duty.volunteerId === null || people.has(duty.volunteerId)) && duty.channelIds.every((id) => channelIds.has(id));
    if (!linked) tally.dropped++;
    return linked;
  });
  const checks = channelChecks(raw.channelChecks, spare.channelChecks, tally);
  const main: MainDocument = {
    schemaVersion: SCHEMA_VERSION,
    association: single(Association, raw.association, spare.association, () => emptyAssociation, tally),
    channels: channels.map((channel) =>
      channel.responsibleVolunteerId !== null && !people.has(channel.responsibleVolunteerId) ? { ...channel, responsibleVolunteerId: null } : channel,
    ),
    volunteers: volunteers.map((volunteer) => ({ ...volunteer, channelIds: volunteer.channelIds.filter((id) => channelIds.has(id)) })),
    duties,
    checklistTemplates: records(ChecklistTemplate, raw.checklistTemplates, spare.checklistTemplates, tally),
    settings: single(Settings, raw.settings, spare.settings, () => defaultSettings(locale), tally),
    channelChecks: Object.fromEntries(Object.entries(checks).filter(([id]) => channelIds.has(id))),
    ideas: records(Idea, raw.ideas, spare.ideas, tally),
    campaigns: records(Campaign, raw.campaigns, spare.campaigns, tally),
    campaignTemplates: records(CampaignTemplate, raw.campaignTemplates, spare.campaignTemplates, tally),
    channelResults: Object.fromEntries(Object.entries(channelResults(raw.channelResults, spare.channelResults, tally)).filter(([id]) => channelIds.has(id))),
    // A series keeps what it can: its channels and people that are still there.
    series: records(Series, raw.series, spare.series, tally).map((series) => {
      const person = (id: string | null) => (id !== null && people.has(id) ? id : null);
      const { fields } = series;
      return { ...series, fields: { ...fields, channelIds: fields.channelIds.filter((id) => channelIds.has(id)), authorId: person(fields.authorId), responderId: person(fields.responderId) } };
    }),
  };
  return { main: MainSchema.parse(main), ...tally };
}

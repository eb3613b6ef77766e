import type { DutyType } from '../domain/duty';
import type { ContentType, PostStatus } from '../domain/post';
import type { Language } from '../domain/settings';

/*
 * Words that appear inside exported files (calendar summaries, spreadsheet headers,
 * the printed schedule). They live here, not in the renderer's i18n, because the CLI
 * and main produce these files without any UI.
 */

export type CsvColumn =
  | 'type'
  | 'date'
  | 'isoDate'
  | 'isoEnd'
  | 'time'
  | 'title'
  | 'channel'
  | 'status'
  | 'contentType'
  | 'text'
  | 'channelText'
  | 'author'
  | 'responder'
  | 'tags'
  | 'marketing'
  | 'album'
  | 'url'
  | 'id'
  | 'updatedAt';

export interface ExportLabels {
  status: Record<PostStatus, string>;
  dutyType: Record<DutyType, string>;
  contentType: Record<ContentType, string>;
  columns: Record<CsvColumn, string>;
  rowType: { post: string; duty: string };
  yes: string;
  no: string;
  unassigned: string;
  responder: string;
  author: string;
  statusLabel: string;
  channels: string;
  tags: string;
  everyChannel: string;
  scheduleTitle: string;
  dutyCalendarTitle: string;
  madeOn: string;
  legend: string;
  week: string;
  weekShort: string;
  agenda: string;
  months: string;
  duties: string;
  nothing: string;
  anyTime: string;
  page: string;
  marketing: string;
}

const en: ExportLabels = {
  status: { idea: 'Idea', draft: 'Draft', 'in-review': 'In review', approved: 'Approved', published: 'Published', cancelled: 'Cancelled' },
  dutyType: { response: 'Response duty', posting: 'Posting duty', photography: 'Photography', moderation: 'Moderation' },
  contentType: { announcement: 'Announcement', event: 'Event', photos: 'Photos', video: 'Video', tip: 'Tip', story: 'Story', link: 'Shared link', other: 'Other' },
  columns: {
    type: 'Type',
    date: 'Date',
    isoDate: 'Date (ISO)',
    isoEnd: 'End (ISO)',
    time: 'Time',
    title: 'Title',
    channel: 'Channel',
    status: 'Status',
    contentType: 'Content type',
    text: 'Text',
    channelText: 'Channel text',
    author: 'Author',
    responder: 'Responder',
    tags: 'Tags',
    marketing: 'Marketing',
    album: 'Album',
    url: 'Published at',
    id: 'Id',
    updatedAt: 'Updated (UTC)',
  },
  rowType: { post: 'Post', duty: 'Duty' },
  yes: 'yes',
  no: 'no',
  unassigned: 'nobody yet',
  responder: 'Responder',
  author: 'Author',
  statusLabel: 'Status',
  channels: 'Channels',
  tags: 'Tags',
  everyChannel: 'all channels',
  scheduleTitle: 'Social media schedule',
  dutyCalendarTitle: 'Duties',
  madeOn: 'Made on',
  legend: 'Legend',
  week: 'Week',
  weekShort: 'Wk',
  agenda: 'Agenda',
  months: 'Months',
  duties: 'Duties',
  nothing: 'Nothing planned.',
  anyTime: 'any time',
  page: 'Page',
  marketing: 'marketing',
};

const fi: ExportLabels = {
  status: { idea: 'Idea', draft: 'Luonnos', 'in-review': 'Tarkastettavana', approved: 'Hyväksytty', published: 'Julkaistu', cancelled: 'Peruttu' },
  dutyType: { response: 'Vastausvuoro', posting: 'Julkaisuvuoro', photography: 'Kuvaus', moderation: 'Moderointi' },
  contentType: { announcement: 'Tiedote', event: 'Tapahtuma', photos: 'Kuvat', video: 'Video', tip: 'Vinkki', story: 'Tarina', link: 'Jaettu linkki', other: 'Muu' },
  columns: {
    type: 'Tyyppi',
    date: 'Päivä',
    isoDate: 'Päivä (ISO)',
    isoEnd: 'Loppu (ISO)',
    time: 'Kello',
    title: 'Otsikko',
    channel: 'Kanava',
    status: 'Tila',
    contentType: 'Sisältötyyppi',
    text: 'Teksti',
    channelText: 'Kanavan teksti',
    author: 'Tekijä',
    responder: 'Vastaaja',
    tags: 'Tunnisteet',
    marketing: 'Markkinointi',
    album: 'Albumi',
    url: 'Julkaisuosoite',
    id: 'Tunniste',
    updatedAt: 'Muokattu (UTC)',
  },
  rowType: { post: 'Julkaisu', duty: 'Vuoro' },
  yes: 'kyllä',
  no: 'ei',
  unassigned: 'ei vielä ketään',
  responder: 'Vastaaja',
  author: 'Tekijä',
  statusLabel: 'Tila',
  channels: 'Kanavat',
  tags: 'Tunnisteet',
  everyChannel: 'kaikki kanavat',
  scheduleTitle: 'Somejulkaisujen aikataulu',
  dutyCalendarTitle: 'Vuorot',
  madeOn: 'Tehty',
  legend: 'Selite',
  week: 'Viikko',
  weekShort: 'Vk',
  agenda: 'Julkaisulista',
  months: 'Kuukaudet',
  duties: 'Vuorot',
  nothing: 'Ei suunniteltuja julkaisuja.',
  anyTime: 'mihin aikaan tahansa',
  page: 'Sivu',
  marketing: 'markkinointi',
};

const sv: ExportLabels = {
  status: { idea: 'Idé', draft: 'Utkast', 'in-review': 'Granskas', approved: 'Godkänd', published: 'Publicerad', cancelled: 'Inställd' },
  dutyType: { response: 'Svarsjour', posting: 'Publiceringsjour', photography: 'Fotografering', moderation: 'Moderering' },
  contentType: { announcement: 'Meddelande', event: 'Evenemang', photos: 'Bilder', video: 'Video', tip: 'Tips', story: 'Berättelse', link: 'Delad länk', other: 'Annat' },
  columns: {
    type: 'Typ',
    date: 'Datum',
    isoDate: 'Datum (ISO)',
    isoEnd: 'Slut (ISO)',
    time: 'Tid',
    title: 'Rubrik',
    channel: 'Kanal',
    status: 'Status',
    contentType: 'Innehållstyp',
    text: 'Text',
    channelText: 'Kanalens text',
    author: 'Skribent',
    responder: 'Svarar',
    tags: 'Taggar',
    marketing: 'Marknadsföring',
    album: 'Album',
    url: 'Publicerad på',
    id: 'Id',
    updatedAt: 'Ändrad (UTC)',
  },
  rowType: { post: 'Inlägg', duty: 'Jour' },
  yes: 'ja',
  no: 'nej',
  unassigned: 'ingen ännu',
  responder: 'Svarar',
  author: 'Skribent',
  statusLabel: 'Status',
  channels: 'Kanaler',
  tags: 'Taggar',
  everyChannel: 'alla kanaler',
  scheduleTitle: 'Schema för sociala medier',
  dutyCalendarTitle: 'Jourer',
  madeOn: 'Gjord',
  legend: 'Förklaring',
  week: 'Vecka',
  weekShort: 'V',
  agenda: 'Lista',
  months: 'Månader',
  duties: 'Jourer',
  nothing: 'Inget planerat.',
  anyTime: 'när som helst',
  page: 'Sida',
  marketing: 'marknadsföring',
};

export const exportLabels: Record<Language, ExportLabels> = { en, fi, sv };

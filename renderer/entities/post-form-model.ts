import { formatDateInput, formatTime, parseDateInput, parseTimeInput } from '../../shared/calendar/date-input';
import { timeGapIssue } from '../../shared/calendar/zoned-time';
import type { ContentType, CoverImage, Post, PostFields, PostStatus } from '../../shared/domain/post';
import { postDefaults, PostFields as PostFieldsSchema } from '../../shared/domain/post';
import type { Language } from '../../shared/domain/settings';
import type { IssueMapping, PathIssue } from '../components/forms/form-issues';
import { topLevelField } from '../components/forms/form-issues';

/** The editor's fields as typed: dates and times are text until saved. */
export interface PostForm {
  title: string;
  date: string;
  time: string;
  status: PostStatus;
  channelIds: string[];
  contentType: ContentType;
  text: string;
  marketing: boolean;
  tags: string;
  albumName: string;
  authorId: string;
  responderId: string;
  /** The link to the post once published. */
  publishedUrl: string;
  /** The copy in the data folder (chosen through media:importImage) and its alt text. */
  coverImage: CoverImage | null;
  /** Channel id → that channel's own text, as typed; blank means the main text. */
  variants: Record<string, string>;
}

export function emptyForm(date: string | null, language: Language): PostForm {
  return {
    title: '',
    date: date ? formatDateInput(date as Post['date'], language) : '',
    time: '',
    status: postDefaults.status,
    channelIds: [],
    contentType: postDefaults.contentType,
    text: '',
    marketing: false,
    tags: '',
    albumName: '',
    authorId: '',
    responderId: '',
    publishedUrl: '',
    coverImage: null,
    variants: {},
  };
}

export function formFromPost(post: Post, language: Language): PostForm {
  return {
    title: post.title,
    date: formatDateInput(post.date, language),
    time: formatTime(post.time, language),
    status: post.status,
    channelIds: post.channelIds,
    contentType: post.contentType,
    text: post.text,
    marketing: post.marketing,
    tags: post.tags.join(', '),
    albumName: post.albumName,
    authorId: post.authorId ?? '',
    responderId: post.responderId ?? '',
    publishedUrl: post.publishedUrl,
    coverImage: post.coverImage,
    variants: post.variants,
  };
}

/** Only the texts of channels the post still uses, and only those someone wrote. */
function variantsOf(form: PostForm): Record<string, string> {
  return Object.fromEntries(Object.entries(form.variants).filter(([channelId, text]) => form.channelIds.includes(channelId) && text.trim() !== ''));
}

/**
 * Issues on the editor's fields: create and update take the same fields (an update's under
 * "changes."), and an issue under a field ("channelIds.0") is said on it.
 */
export const postIssues: IssueMapping = { under: 'changes.', field: topLevelField(Object.keys(emptyForm(null, 'en'))) };

/**
 * The form as the payload the contract reads, and what the typed text itself gets wrong
 * (a date that does not exist): such a field is sent as empty, so the contract's own
 * check adds nothing about it.
 */
export function postInputFromForm(form: PostForm): { input: PostFields; found: PathIssue[] } {
  const date = parseDateInput(form.date);
  const time = parseTimeInput(form.time);
  const found: PathIssue[] = [...(date.ok ? [] : [{ path: 'date', message: date.message }]), ...(time.ok ? [] : [{ path: 'time', message: time.message }])];
  const input: PostFields = {
    ...postDefaults,
    title: form.title,
    date: date.ok ? date.value : null,
    time: time.ok ? time.value : null,
    status: form.status,
    channelIds: form.channelIds,
    contentType: form.contentType,
    text: form.text,
    marketing: form.marketing,
    tags: [...new Set(form.tags.split(',').map((tag) => tag.trim()).filter(Boolean))],
    albumName: form.albumName,
    authorId: form.authorId || null,
    responderId: form.responderId || null,
    publishedUrl: form.publishedUrl,
    coverImage: form.coverImage,
    variants: variantsOf(form),
  };
  return { input, found };
}

/** The post's fields when every one is valid (the checklist preview of the fields as typed), else null. */
export function fieldsFromForm(form: PostForm): PostFields | null {
  const { input, found } = postInputFromForm(form);
  const parsed = PostFieldsSchema.safeParse(input);
  return found.length === 0 && parsed.success ? parsed.data : null;
}

/**
 * A time the association's zone skips, checked as the services check it (a new post, or
 * a post given another date or time): an issue on the time naming the nearest time that exists.
 */
export function timeGapIssues(fields: { date?: Post['date']; time?: Post['time'] }, saved: Post | undefined, timeZone: string): PathIssue[] {
  const [date, time] = [fields.date ?? null, fields.time ?? null];
  if (saved && saved.date === date && saved.time === time) return [];
  const gap = timeGapIssue(date, time, timeZone);
  return gap ? [{ path: 'time', ...gap }] : [];
}

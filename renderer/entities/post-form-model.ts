import type { ApiIssue } from '../../shared/domain/issues';
import { formatDateInput, formatTime, parseDateInput, parseTimeInput } from '../../shared/calendar/date-input';
import { timeGapIssue } from '../../shared/calendar/zoned-time';
import type { ContentType, CoverImage, Post, PostFields, PostStatus } from '../../shared/domain/post';
import { postDefaults, PostFields as PostFieldsSchema } from '../../shared/domain/post';
import type { Language } from '../../shared/domain/settings';
import { validationMessage } from '../../shared/i18n/validation-messages';

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

export type FieldErrors = Partial<Record<keyof PostForm, string>>;

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

export type EditedFields = PostFields;

/** Only the texts of channels the post still uses, and only those someone wrote. */
function variantsOf(form: PostForm): Record<string, string> {
  return Object.fromEntries(Object.entries(form.variants).filter(([channelId, text]) => form.channelIds.includes(channelId) && text.trim() !== ''));
}

/** Validates the form with the same schema the services use; errors come back per field. */
export function fieldsFromForm(form: PostForm): { ok: true; fields: EditedFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const date = parseDateInput(form.date);
  const time = parseTimeInput(form.time);
  if (!date.ok) errors.date = date.message;
  if (!time.ok) errors.time = time.message;
  const candidate = {
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
  const parsed = PostFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'title') as keyof PostForm;
      errors[field] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
}

/**
 * A time the association's zone skips, checked as the services check it (a new post, or
 * a post given another date or time): the message naming the nearest time that exists.
 */
export function timeGapError(fields: Pick<EditedFields, 'date' | 'time'>, saved: Post | undefined, timeZone: string, language: Language): string | null {
  if (saved && saved.date === fields.date && saved.time === fields.time) return null;
  const gap = timeGapIssue(fields.date, fields.time, timeZone);
  return gap ? validationMessage(gap.message, language, gap.params) : null;
}

/** Maps the services' issue paths ("changes.date", "channelIds.0") onto form fields; a message naming values is worded here. */
export function errorsFromIssues(issues: ApiIssue[], language: Language): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [first, second] = issue.path.split('.');
    const field = (first === 'changes' ? second : first) as keyof PostForm;
    errors[field || 'title'] ??= issue.params ? validationMessage(issue.message, language, issue.params) : issue.message;
  }
  return errors;
}

import type { z } from 'zod';
import type { ApiIssue } from '../domain/issues';
import { quoteInput } from '../domain/issues';
import type { FolderData } from './folder-data';

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 20;

/** zod's findings as issues with dotted paths ("data.posts.3.date"), the offending value quoted when short. */
export function issuesOf(error: z.ZodError): ApiIssue[] {
  return limit(
    error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      // The commonest findings get keys of their own, so they read in the user's language.
      if (issue.code === 'unrecognized_keys') return { path, message: 'v.importUnknownField', received: issue.keys.join(', ') };
      if (issue.code === 'invalid_type' && issue.input === undefined) return { path, message: 'v.required' };
      const message = issue.code === 'invalid_type' ? 'v.importWrongType' : issue.message;
      const received = quoteInput(issue.input);
      return received === undefined ? { path, message } : { path, message, received };
    }),
  );
}

export function limit(issues: ApiIssue[]): ApiIssue[] {
  if (issues.length <= MAX_LISTED) return issues;
  return [...issues.slice(0, MAX_LISTED), { path: '', message: 'v.importMoreProblems', received: String(issues.length - MAX_LISTED) }];
}

function duplicates(path: string, ids: string[]): ApiIssue[] {
  const seen = new Set<string>();
  const issues: ApiIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) issues.push({ path: `${path}.${index}.id`, message: 'v.importDuplicateId', received: id });
    seen.add(id);
  });
  return issues;
}

/** Ids must be unique and every reference must point at a record in the same file. */
export function referenceIssues(folder: FolderData): ApiIssue[] {
  const { main, posts, trash } = folder;
  const channels = new Set(main.channels.map((channel) => channel.id));
  const people = new Set(main.volunteers.map((volunteer) => volunteer.id));
  const issues: ApiIssue[] = [
    ...duplicates('data.channels', main.channels.map((c) => c.id)),
    ...duplicates('data.volunteers', main.volunteers.map((v) => v.id)),
    ...duplicates('data.duties', main.duties.map((d) => d.id)),
    ...duplicates('data.checklistTemplates', main.checklistTemplates.map((t) => t.id)),
    ...duplicates('data.posts', posts.map((p) => p.id)),
    ...duplicates('data.trash', trash.map((t) => t.post.id)),
  ];
  const person = (id: string | null, path: string) => {
    if (id !== null && !people.has(id)) issues.push({ path, message: 'v.unknownVolunteer', received: id });
  };
  const channel = (id: string, path: string) => {
    if (!channels.has(id)) issues.push({ path, message: 'v.unknownChannel', received: id });
  };
  posts.forEach((post, index) => {
    post.channelIds.forEach((id, n) => channel(id, `data.posts.${index}.channelIds.${n}`));
    person(post.authorId, `data.posts.${index}.authorId`);
    person(post.responderId, `data.posts.${index}.responderId`);
  });
  main.duties.forEach((duty, index) => {
    person(duty.volunteerId, `data.duties.${index}.volunteerId`);
    duty.channelIds.forEach((id, n) => channel(id, `data.duties.${index}.channelIds.${n}`));
  });
  main.channels.forEach((c, index) => person(c.responsibleVolunteerId, `data.channels.${index}.responsibleVolunteerId`));
  main.volunteers.forEach((v, index) => v.channelIds.forEach((id, n) => channel(id, `data.volunteers.${index}.channelIds.${n}`)));
  return limit(issues);
}

declare const checkedBrand: unique symbol;

/**
 * Contents made of typed records (parsed on their way in, or read and checked from disk)
 * whose ids and references were then found whole by `checkFolder`. Only such a value
 * replaces a plan: the storage writes it without parsing it again, the type carrying
 * the proof from the one check to the write.
 */
export type CheckedFolderData = FolderData & { readonly [checkedBrand]: true };

export function checkFolder(folder: FolderData): { ok: true; data: CheckedFolderData } | { ok: false; issues: ApiIssue[] } {
  const issues = referenceIssues(folder);
  return issues.length ? { ok: false, issues } : { ok: true, data: folder as CheckedFolderData };
}

import type { Association } from '../domain/association';
import type { Channel } from '../domain/channel';
import type { ChecklistItemTemplate, ChecklistRule, ChecklistTemplate } from '../domain/checklist-template';
import type { Duty } from '../domain/duty';
import type { Post } from '../domain/post';
import type { Settings } from '../domain/settings';
import type { Volunteer } from '../domain/volunteer';
import { checkAdaptedText } from './adapted-text-rule';
import type { AlbumIndex } from './album-index';
import { checkAlbumName } from './album-name-rule';
import type { ChecklistItemResult, PostChecklist, RuleOutcome } from './checklist-result';
import { checkContactInfo } from './contact-info-rule';
import { checkCoverImage } from './cover-image-rule';
import { templateFor } from './default-templates';
import { checkResponseDuty } from './response-duty-rule';
import { checkUnfinished } from './unfinished-rule';
import { ownEntry } from '../domain/ids';

/*
 * A post's checklist is derived when it is read: the template for its content type,
 * each automatic item computed from the data, each manual item ticked or not (ticks
 * are kept on the post by item id). Editing a template therefore changes the
 * checklist of every existing post at once.
 */

export interface ChecklistContext {
  association: Pick<Association, 'website' | 'email' | 'phone'>;
  channels: readonly Channel[];
  duties: readonly Duty[];
  volunteers: readonly Volunteer[];
  settings: Pick<Settings, 'albumPattern' | 'responseWindowHours'>;
  /** Albums a post's album must not repeat (the service indexes those within a year). */
  albums: AlbumIndex;
}

/** Automatic items a person may also tick, because the data cannot always show them done. */
const confirmableRules: readonly ChecklistRule[] = ['contact-info'];

function evaluateRule(rule: ChecklistRule, post: Post, context: ChecklistContext, ticked: boolean): RuleOutcome {
  switch (rule) {
    case 'cover-image':
      return checkCoverImage(post, context.channels);
    case 'album-name':
      return checkAlbumName(post, context.settings.albumPattern, context.albums);
    case 'response-duty':
      return checkResponseDuty(post, context.duties, context.volunteers, context.channels, context.settings.responseWindowHours);
    case 'contact-info':
      return checkContactInfo(post, context.association, context.channels, ticked);
    case 'adapted-per-channel':
      return checkAdaptedText(post, context.channels);
    case 'nothing-unfinished':
      return checkUnfinished(post, context.channels);
  }
}

function evaluateItem(item: ChecklistItemTemplate, post: Post, context: ChecklistContext): ChecklistItemResult {
  const tick = ownEntry(post.checklist, item.id) ?? null;
  const base = { id: item.id, label: item.label, kind: item.kind, rule: item.rule, requiredFor: item.requiredFor };
  if (item.kind === 'manual' || item.rule === null) {
    return { ...base, state: tick ? 'done' : 'open', findings: [], tick, tickable: true };
  }
  const tickable = confirmableRules.includes(item.rule);
  const outcome = evaluateRule(item.rule, post, context, tickable && tick !== null);
  return { ...base, state: outcome.state, findings: outcome.findings, tick: tickable ? tick : null, tickable };
}

export function evaluateChecklist(post: Post, templates: readonly ChecklistTemplate[], context: ChecklistContext): PostChecklist {
  const template = templateFor(post.contentType, templates);
  if (!template) return { postId: post.id, templateId: null, templateName: '', items: [] };
  return {
    postId: post.id,
    templateId: template.id,
    templateName: template.name,
    items: template.items.map((item) => evaluateItem(item, post, context)),
  };
}

export function openItems<I extends Pick<ChecklistItemResult, 'state'>>(checklist: { items: readonly I[] }): I[] {
  return checklist.items.filter((item) => item.state === 'open');
}

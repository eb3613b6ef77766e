import type { Association } from '../domain/association';
import type { Channel } from '../domain/channel';
import type { Post } from '../domain/post';
import type { RuleOutcome } from './checklist-result';
import { info, problem } from './checklist-result';
import { channelTexts } from './channel-texts';

/*
 * A post that invites people says how to reach the association: its home page, email
 * or phone (seed 000: contact info and a link to the home page). Found in the text it
 * is done by itself; a post that invites nobody (or says it in the image) is ticked
 * by hand instead, and who ticked it is recorded.
 */

export type ContactKind = 'website' | 'email' | 'phone';

function websiteHost(website: string): string | null {
  try {
    return new URL(website).hostname.replace(/^www\./i, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Digits of a phone number in national form: +358 40 123 4567 and 040-123 4567 are the same. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return digits.startsWith('358') ? `0${digits.slice(3)}` : digits;
  return digits.startsWith('00358') ? `0${digits.slice(5)}` : digits;
}

/** Which of the association's contact details the text contains. */
export function contactMentions(text: string, association: Pick<Association, 'website' | 'email' | 'phone'>): ContactKind[] {
  const lower = text.normalize('NFC').toLowerCase();
  const found: ContactKind[] = [];
  const host = association.website ? websiteHost(association.website) : null;
  if (host && lower.includes(host)) found.push('website');
  if (association.email && lower.includes(association.email.toLowerCase())) found.push('email');
  const phone = phoneDigits(association.phone);
  if (phone.length >= 6) {
    const candidates = text.match(/\+?\d[\d\s-]{4,}\d/g) ?? [];
    if (candidates.some((candidate) => phoneDigits(candidate) === phone)) found.push('phone');
  }
  return found;
}

export function hasContactDetails(association: Pick<Association, 'website' | 'email' | 'phone'>): boolean {
  return Boolean(association.website || association.email || association.phone.trim());
}

export function checkContactInfo(
  post: Pick<Post, 'text' | 'variants' | 'channelIds'>,
  association: Pick<Association, 'website' | 'email' | 'phone'>,
  channels: readonly Pick<Channel, 'id' | 'name'>[],
  ticked: boolean,
): RuleOutcome {
  if (!hasContactDetails(association)) {
    return ticked ? { state: 'done', findings: [info('contactTicked')] } : { state: 'open', findings: [problem('noContactInSettings')] };
  }
  const texts = channelTexts(post, channels);
  const missing = texts.filter((entry) => contactMentions(entry.text, association).length === 0);
  if (missing.length === 0) {
    const kinds = [...new Set(texts.flatMap((entry) => contactMentions(entry.text, association)))];
    return { state: 'done', findings: [info('contactFound', { kinds: kinds.join(',') })] };
  }
  if (ticked) return { state: 'done', findings: [info('contactTicked')] };
  const where = missing.map((entry) => entry.channelName).filter(Boolean).join(', ');
  return { state: 'open', findings: [problem(where && texts.length > 1 ? 'noContactOnChannels' : 'noContactInText', { channels: where })] };
}

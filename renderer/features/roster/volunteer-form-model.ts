import { formatDateInput, parseDateInput } from '../../../shared/calendar/date-input';
import { newId } from '../../../shared/domain/ids';
import type { Language } from '../../../shared/domain/settings';
import type { Volunteer, VolunteerRole } from '../../../shared/domain/volunteer';
import { VolunteerFields } from '../../../shared/domain/volunteer';

/** The volunteer dialog's fields as typed: dates and the limit are text until saved. */
export interface AwayRow {
  id: string;
  from: string;
  to: string;
  yearly: boolean;
  note: string;
}

export interface VolunteerForm {
  name: string;
  email: string;
  phone: string;
  roles: VolunteerRole[];
  channelIds: string[];
  limit: string;
  active: boolean;
  away: AwayRow[];
}

/** Field path ("name", "away.0.to") → validation key. */
export type VolunteerErrors = Record<string, string>;

export function emptyVolunteerForm(): VolunteerForm {
  // Most volunteers of a small association answer messages: the responder role is on by default.
  return { name: '', email: '', phone: '', roles: ['responder'], channelIds: [], limit: '', active: true, away: [] };
}

export function formFromVolunteer(volunteer: Volunteer, language: Language): VolunteerForm {
  return {
    name: volunteer.name,
    email: volunteer.email,
    phone: volunteer.phone,
    roles: volunteer.roles,
    channelIds: volunteer.channelIds,
    limit: volunteer.maxDutiesPerMonth === null ? '' : String(volunteer.maxDutiesPerMonth),
    active: volunteer.active,
    away: volunteer.away.map((period) => ({ ...period, from: formatDateInput(period.from, language), to: formatDateInput(period.to, language) })),
  };
}

export function newAwayRow(): AwayRow {
  return { id: newId(), from: '', to: '', yearly: false, note: '' };
}

/** Validates with the same schema the services use; errors come back per field path. */
export function fieldsFromVolunteerForm(form: VolunteerForm): { ok: true; fields: VolunteerFields } | { ok: false; errors: VolunteerErrors } {
  const errors: VolunteerErrors = {};
  const away = form.away.map((row, index) => {
    const [from, to] = [parseDateInput(row.from), parseDateInput(row.to)];
    if (!from.ok || from.value === null) errors[`away.${index}.from`] = from.ok ? 'v.required' : from.message;
    if (!to.ok || to.value === null) errors[`away.${index}.to`] = to.ok ? 'v.required' : to.message;
    return { ...row, from: from.ok ? from.value : null, to: to.ok ? to.value : null };
  });
  const limit = form.limit.trim() === '' ? null : Number(form.limit);
  const { limit: _limit, ...rest } = form;
  const parsed = VolunteerFields.safeParse({ ...rest, maxDutiesPerMonth: limit, away });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.').replace(/^maxDutiesPerMonth$/, 'limit');
      errors[path] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
}

/** The services' issue paths ("changes.maxDutiesPerMonth") onto the form's ("limit"). */
export const volunteerIssues = { under: 'changes.', general: 'name', rename: { maxDutiesPerMonth: 'limit' } };

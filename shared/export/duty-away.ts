import type { Duty } from '../domain/duty';
import { awayDaysWithin } from '../roster/away';
import type { ExportData } from './export-data';
import { exportLabels } from './export-labels';
import { dateText } from './schedule-parts';

/*
 * A duty whose holder is away on some of its days, said the same way in every file
 * (the printed schedule, its month grid, the calendar file): "away 3.7.–5.7., needs a
 * substitute". A volunteer who adds an away period after the rota was made shows up
 * here until someone swaps the duty.
 */
export function holderAwayNote(duty: Pick<Duty, 'volunteerId' | 'from' | 'to'>, data: Pick<ExportData, 'volunteers' | 'language'>): string | null {
  const holder = duty.volunteerId ? data.volunteers.find((volunteer) => volunteer.id === duty.volunteerId) : undefined;
  if (!holder) return null;
  const runs = awayDaysWithin(holder, duty.from, duty.to);
  if (runs.length === 0) return null;
  const text = dateText(data.language);
  const dates = runs.map((run) => (run.from === run.to ? text.dayMonth(run.from) : `${text.dayMonth(run.from)}–${text.dayMonth(run.to)}`)).join(', ');
  return exportLabels[data.language].holderAway.replace('{{dates}}', dates);
}

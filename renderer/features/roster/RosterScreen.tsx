import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dutyConflicts } from '../../../shared/roster/duty-rules';
import { useDutiesBetween } from '../../api/roster-queries';
import { useVolunteers } from '../../api/settings-queries';
import { Icon } from '../../components/Icon';
import { useFormatters } from '../../components/use-formatters';
import { DutyDialog } from './DutyDialog';
import { GenerateDialog } from './GenerateDialog';
import { LoadChart } from './LoadChart';
import { MyDuties } from './MyDuties';
import { RosterGrid } from './RosterGrid';
import { rosterViews, useRosterStore } from './roster-store';
import { UncoveredPosts } from './UncoveredPosts';
import { useRosterPeriod } from './use-roster-period';
import { VolunteerDialog } from './VolunteerDialog';
import { VolunteersView } from './VolunteersView';

export function RosterScreen() {
  const { t } = useTranslation('roster');
  const format = useFormatters();
  const view = useRosterStore((state) => state.view);
  const showView = useRosterStore((state) => state.showView);
  const dialog = useRosterStore((state) => state.dialog);
  const open = useRosterStore((state) => state.open);
  const setPeriodStart = useRosterStore((state) => state.setPeriodStart);
  const periodStart = useRosterStore((state) => state.periodStart);
  const period = useRosterPeriod();
  const volunteerList = useVolunteers().data;
  const volunteers = useMemo(() => volunteerList ?? [], [volunteerList]);
  const duties = useDutiesBetween(period.monthsFrom, period.monthsTo);
  const allDuties = useMemo(() => duties.data ?? [], [duties.data]);
  const conflicts = useMemo(() => dutyConflicts(allDuties, volunteers), [allDuties, volunteers]);
  const shown = useMemo(() => allDuties.filter((duty) => duty.from <= period.to && period.from <= duty.to), [allDuties, period.from, period.to]);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
        <div className="view-switch" role="group" aria-label={t('views.label')}>
          {rosterViews.map((name) => (
            <button key={name} type="button" aria-pressed={view === name} onClick={() => showView(name)}>
              {t(`views.${name}`)}
            </button>
          ))}
        </div>
        <button type="button" className="primary" onClick={() => open({ kind: 'generate' })}>
          <Icon name="plus" /> {t('generate.open')}
        </button>
      </header>

      {view !== 'volunteers' ? (
        <div className="toolbar">
          <button type="button" onClick={() => period.shift(-4)}>
            <Icon name="left" size={16} /> {t('earlier')}
          </button>
          <button type="button" onClick={() => setPeriodStart(null)} disabled={periodStart === null}>
            {t('thisWeek')}
          </button>
          <button type="button" onClick={() => period.shift(4)}>
            {t('later')} <Icon name="right" size={16} />
          </button>
          <span className="toolbar-range" aria-live="polite">
            {t('rangeLabel', { from: period.weeks[0].week, to: period.weeks[period.weeks.length - 1].week })} · {format.date(period.from)} – {format.date(period.to)}
          </span>
        </div>
      ) : null}

      <div aria-busy={duties.isLoading}>
        {view === 'grid' ? (
          <>
            <RosterGrid period={period} duties={shown} conflicts={conflicts} volunteers={volunteers} />
            <UncoveredPosts period={period} />
          </>
        ) : null}
        {view === 'mine' ? <MyDuties period={period} duties={shown} conflicts={conflicts} volunteers={volunteers} /> : null}
        {view === 'load' ? <LoadChart period={period} duties={shown} volunteers={volunteers} /> : null}
        {view === 'volunteers' ? <VolunteersView volunteers={volunteers} today={period.today} /> : null}
      </div>

      {dialog.kind === 'volunteer' ? <VolunteerDialog key={dialog.volunteerId ?? 'new'} volunteerId={dialog.volunteerId} /> : null}
      {dialog.kind === 'generate' ? <GenerateDialog period={period} /> : null}
      {dialog.kind === 'duty' || dialog.kind === 'new-duty' ? <DutyDialog dialog={dialog} duties={allDuties} volunteers={volunteers} /> : null}
    </div>
  );
}

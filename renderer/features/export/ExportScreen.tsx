import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import type { ExportSelection } from '../../../shared/export/export-selection';
import { useExportCount } from '../../api/export-queries';
import { useSettings } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import { BackupPanel } from './BackupPanel';
import { ExportProgress } from './ExportProgress';
import { selectionFromDraft } from './export-model';
import { useExportStore } from './export-store';
import type { FileFormat } from './SaveAsPanel';
import { SaveAsPanel } from './SaveAsPanel';
import { SelectionPanel } from './SelectionPanel';
import { useExportFile } from './use-export-file';
import styles from './export.module.css';

export function ExportScreen() {
  const { t } = useTranslation('export');
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const today = todayIn(timeZone, new Date());
  const draft = useExportStore((state) => state.draft);
  const result = useMemo(() => selectionFromDraft(draft, today), [draft, today]);
  const selection = result.ok ? result.selection : null;
  const count = useExportCount(selection);
  const { status, run, runBackup, busy } = useExportFile();

  const summary =
    selection && count.data
      ? t('matches', { posts: t('posts', { count: count.data.posts }), duties: t('duties', { count: count.data.duties }), from: format.date(selection.from), to: format.date(selection.to) })
      : null;
  const options = { language: draft.language ?? format.language, csvSeparator: draft.separator };
  const exportAs = (fileFormat: FileFormat, chosen: ExportSelection) => void run({ format: fileFormat, selection: chosen, ...options });

  return (
    <div className={`screen ${styles.exportScreen}`}>
      <header className="screen-header">
        <h1>{t('title')}</h1>
      </header>
      <SelectionPanel today={today} result={result} summary={summary} />
      <SaveAsPanel selection={selection} busy={busy} onExport={exportAs} />
      <ExportProgress status={status} />
      <BackupPanel busy={busy} onBackup={() => void runBackup()} />
    </div>
  );
}

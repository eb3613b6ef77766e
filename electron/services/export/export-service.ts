import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backupJson, mediaFilesOf } from '../../../shared/backup/backup-format';
import type { MediaService } from '../media/media-service';
import type { ExportFile, ExportRequest, StoredFile } from '../../../shared/api/export-contract';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import { toCsv } from '../../../shared/export/csv-export';
import type { ExportData } from '../../../shared/export/export-data';
import { nameOf, selectExportData } from '../../../shared/export/export-data';
import type { ExportSelection } from '../../../shared/export/export-selection';
import { BACKUP_MIME_TYPE, backupFileName, exportFileName, mimeTypes } from '../../../shared/export/file-names';
import { toScheduleHtml } from '../../../shared/export/html-schedule';
import { toIcs } from '../../../shared/export/ics-export';
import { DomainError } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { writeBackupZip } from './backup-zip';
import type { PdfRenderer } from './pdf-renderer';
import { PdfUnavailableError } from './pdf-renderer';

/**
 * Every export, for the app, the web bridge and the CLI alike: reads the chosen
 * range through the repository (only the months it covers), picks the records with
 * the pure selection, and hands them to the pure formatters in shared/export/.
 */
export class ExportService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly renderPdf: PdfRenderer | null,
    private readonly media: MediaService,
    private readonly exportsDir: string,
  ) {}

  /**
   * A backup of everything as a zip in the data folder's .tmp/exports/: backup.json
   * and the cover images its posts use, streamed from media/. The answer names the
   * file; it leaves main only as a stream (the save dialog's copy, the bridge's download).
   */
  async exportBackup(): Promise<StoredFile> {
    const now = this.clock();
    const folder = await this.repo.snapshot();
    const media = mediaFilesOf(folder).flatMap((file) => {
      const found = this.media.pathOf(file);
      return found ? [{ file, path: found }] : [];
    });
    const fileId = `${randomUUID()}.zip`;
    fs.mkdirSync(this.exportsDir, { recursive: true });
    const target = path.join(this.exportsDir, fileId);
    try {
      const bytes = await writeBackupZip(target, backupJson(folder, now.toISOString()), media, now);
      const fileName = backupFileName(folder.main.association.name, todayIn(folder.main.settings.timeZone, now));
      return { fileId, fileName, mimeType: BACKUP_MIME_TYPE, bytes };
    } catch (error) {
      fs.rmSync(target, { force: true });
      throw error;
    }
  }

  async data(selection: ExportSelection, language?: ExportData['language']): Promise<ExportData> {
    const main = this.repo.main();
    const source = {
      association: main.association,
      channels: main.channels,
      volunteers: main.volunteers,
      posts: selection.includePosts ? await this.repo.postsBetween(selection.from, selection.to) : [],
      series: selection.includePosts ? main.series : [],
      duties: main.duties,
      channelResults: main.channelResults,
      timeZone: main.settings.timeZone,
    };
    return selectExportData(source, selection, language ?? main.settings.language, this.clock().toISOString());
  }

  async exportCount(selection: ExportSelection): Promise<{ posts: number; duties: number }> {
    const data = await this.data(selection);
    return { posts: data.posts.length, duties: data.duties.length };
  }

  async exportCreate(request: ExportRequest): Promise<ExportFile> {
    const main = this.repo.main();
    const { selection } = request;
    const onlyPerson = selection.volunteerIds.length === 1 && !selection.includePosts ? nameOf(main.volunteers, selection.volunteerIds[0]) : undefined;
    const fileName = exportFileName(request.format, {
      association: main.association.name,
      from: selection.from,
      to: selection.to,
      who: onlyPerson,
    });
    const text = (content: string): ExportFile => ({ fileName, mimeType: mimeTypes[request.format], encoding: 'utf8', content, bytes: Buffer.byteLength(content, 'utf8') });

    switch (request.format) {
      case 'ics':
        return text(toIcs(await this.data(selection, request.language)));
      case 'csv':
        return text(toCsv(await this.data(selection, request.language), request.csvSeparator ?? ';'));
      case 'html':
        return text(toScheduleHtml(await this.data(selection, request.language)));
      case 'pdf': {
        if (!this.renderPdf) throw new DomainError('rejected', 'This copy of Somevuoro cannot make PDF files; export the web page (HTML) and print it from a browser.', [{ path: 'format', message: 'v.pdfUnavailable' }]);
        try {
          const pdf = await this.renderPdf(toScheduleHtml(await this.data(selection, request.language)));
          return { fileName, mimeType: mimeTypes.pdf, encoding: 'base64', content: Buffer.from(pdf).toString('base64'), bytes: pdf.byteLength };
        } catch (error) {
          if (error instanceof PdfUnavailableError) throw new DomainError('rejected', error.message, [{ path: 'format', message: 'v.pdfUnavailable' }]);
          throw error;
        }
      }
    }
  }
}

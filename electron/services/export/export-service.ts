import { backupJson, mediaFilesOf } from '../../../shared/backup/backup-format';
import type { MediaService } from '../media/media-service';
import type { ExportFile, ExportRequest } from '../../../shared/api/export-contract';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import { toCsv } from '../../../shared/export/csv-export';
import type { ExportData } from '../../../shared/export/export-data';
import { nameOf, selectExportData } from '../../../shared/export/export-data';
import type { ExportSelection } from '../../../shared/export/export-selection';
import { exportFileName, mimeTypes } from '../../../shared/export/file-names';
import { toScheduleHtml } from '../../../shared/export/html-schedule';
import { toIcs } from '../../../shared/export/ics-export';
import { DomainError } from '../../api/domain-error';
import type { Repository } from '../../storage/repository';
import type { Clock } from '../clock';
import type { PdfRenderer } from './pdf-renderer';
import { PdfUnavailableError } from './pdf-renderer';

/**
 * Every export, for the app, the web bridge and the CLI alike: reads the chosen
 * range through the repository (only the months it covers), picks the records with
 * the pure selection, and hands them to the pure formatters in shared/export/.
 */
export class ExportService {
  constructor(
    private readonly repo: Repository,
    private readonly clock: Clock,
    private readonly renderPdf: PdfRenderer | null,
    private readonly media: MediaService,
  ) {}

  /** A backup of everything, with the cover images its posts use. */
  private backup(now: Date): string {
    const folder = this.repo.snapshot();
    const media = Object.fromEntries(
      mediaFilesOf(folder).flatMap((file) => {
        const bytes = this.media.read(file);
        return bytes ? [[file, bytes.toString('base64')]] : [];
      }),
    );
    return backupJson(folder, now.toISOString(), media);
  }

  data(selection: ExportSelection, language?: ExportData['language']): ExportData {
    const main = this.repo.main();
    const source = {
      association: main.association,
      channels: main.channels,
      volunteers: main.volunteers,
      posts: selection.includePosts ? this.repo.postsBetween(selection.from, selection.to) : [],
      duties: main.duties,
      timeZone: main.settings.timeZone,
    };
    return selectExportData(source, selection, language ?? main.settings.language, this.clock().toISOString());
  }

  count(selection: ExportSelection): { posts: number; duties: number } {
    const data = this.data(selection);
    return { posts: data.posts.length, duties: data.duties.length };
  }

  async create(request: ExportRequest): Promise<ExportFile> {
    const now = this.clock();
    const main = this.repo.main();
    const { selection } = request;
    const onlyPerson = selection.volunteerIds.length === 1 && !selection.includePosts ? nameOf(main.volunteers, selection.volunteerIds[0]) : undefined;
    const fileName = exportFileName(request.format, {
      association: main.association.name,
      from: selection.from,
      to: selection.to,
      today: todayIn(main.settings.timeZone, now),
      who: onlyPerson,
    });
    const text = (content: string): ExportFile => ({ fileName, mimeType: mimeTypes[request.format], encoding: 'utf8', content, bytes: Buffer.byteLength(content, 'utf8') });

    switch (request.format) {
      case 'json':
        return text(this.backup(now));
      case 'ics':
        return text(toIcs(this.data(selection, request.language)));
      case 'csv':
        return text(toCsv(this.data(selection, request.language), request.csvSeparator ?? ';'));
      case 'html':
        return text(toScheduleHtml(this.data(selection, request.language)));
      case 'pdf': {
        if (!this.renderPdf) throw new DomainError('rejected', 'This copy of Somevuoro cannot make PDF files; export the web page (HTML) and print it from a browser.');
        try {
          const pdf = await this.renderPdf(toScheduleHtml(this.data(selection, request.language)));
          return { fileName, mimeType: mimeTypes.pdf, encoding: 'base64', content: Buffer.from(pdf).toString('base64'), bytes: pdf.byteLength };
        } catch (error) {
          if (error instanceof PdfUnavailableError) throw new DomainError('rejected', error.message);
          throw error;
        }
      }
    }
  }
}

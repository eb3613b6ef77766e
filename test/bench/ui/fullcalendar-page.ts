import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BenchEvent } from './data';

/*
 * FullCalendar 7 as a developer would set it up for this data: the vanilla global
 * bundle (daygrid, timegrid, list, interaction), the classic theme, and the events from
 * a JSON feed on the same server that FullCalendar asks for the visible range
 * (`/events?start=…&end=…`), as it would ask a real backend. Served from 127.0.0.1 only.
 */

const require = createRequire(import.meta.url);
const fullcalendarDir = path.dirname(require.resolve('fullcalendar/package.json'));

const files: Record<string, { file: string; type: string }> = {
  '/fullcalendar.js': { file: path.join(fullcalendarDir, 'all', 'global.js'), type: 'text/javascript' },
  '/classic.js': { file: path.join(fullcalendarDir, 'themes', 'classic', 'global.js'), type: 'text/javascript' },
  '/skeleton.css': { file: path.join(fullcalendarDir, 'skeleton.css'), type: 'text/css' },
  '/theme.css': { file: path.join(fullcalendarDir, 'themes', 'classic', 'theme.css'), type: 'text/css' },
  '/palette.css': { file: path.join(fullcalendarDir, 'themes', 'classic', 'palette.css'), type: 'text/css' },
};

/** The six-week list is our agenda's equivalent (our agenda shows six ISO weeks). */
function pageHtml(today: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FullCalendar 7</title>
<link rel="stylesheet" href="/skeleton.css">
<link rel="stylesheet" href="/theme.css">
<link rel="stylesheet" href="/palette.css">
<style>html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; } #calendar { height: 100vh; }</style>
<script src="/fullcalendar.js"></script>
<script src="/classic.js"></script>
</head>
<body>
<div id="calendar"></div>
<script>
  const state = { loading: false, datesSet: 0, eventsSet: 0, calendar: null };
  window.__fc = state;
  state.calendar = new FullCalendar.Calendar(document.getElementById('calendar'), {
    initialView: 'dayGridMonth',
    initialDate: '${today}',
    locale: 'en-gb',
    firstDay: 1,
    weekNumbers: true,
    dayMaxEvents: 3,
    height: '100%',
    headerToolbar: { start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,listSixWeeks' },
    views: { listSixWeeks: { type: 'list', duration: { weeks: 6 }, buttonText: 'agenda' } },
    events: '/events',
    loading: (isLoading) => { state.loading = isLoading; },
    datesSet: () => { state.datesSet++; },
    eventsSet: () => { state.eventsSet++; },
  });
  state.calendar.render();
</script>
</body>
</html>`;
}

export interface FullCalendarServer {
  url: string;
  close(): Promise<void>;
}

/** First index whose start is at or after `key` (events are sorted by start). */
function lowerBound(events: BenchEvent[], key: string): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle].start < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

export async function startFullCalendarServer(events: BenchEvent[], today: string): Promise<FullCalendarServer> {
  const html = pageHtml(today);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return response.end(html);
    }
    if (url.pathname === '/events') {
      // FullCalendar sends ISO date-times; the day part is enough (end is exclusive).
      const start = (url.searchParams.get('start') ?? '').slice(0, 10);
      const end = (url.searchParams.get('end') ?? '').slice(0, 10);
      const body = JSON.stringify(events.slice(lowerBound(events, start), lowerBound(events, end)));
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return response.end(body);
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    const file = files[url.pathname];
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      return response.end('Not found');
    }
    response.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8`, 'Cache-Control': 'no-store' });
    response.end(fs.readFileSync(file.file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

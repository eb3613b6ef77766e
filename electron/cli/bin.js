#!/usr/bin/env node
// `npx somevuoro …` runs the command line compiled by `npm run build` (and by `npm install`,
// through `prepare`) into out/cli: plain JavaScript, no TypeScript loader at run time.
import fs from 'node:fs';

const compiled = new URL('../../out/cli/somevuoro.js', import.meta.url);
if (!fs.existsSync(compiled)) {
  console.error('The command line is not built yet: run `npm run build` in the project folder first.');
  process.exit(1);
}
await import(compiled.href);

#!/usr/bin/env node
// `npm start` and `npm run dev` need Electron's own binary, which `npm install` downloads
// from outside the npm registry. Where that download was blocked (or skipped with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1), say so in one line instead of a stack trace.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  console.error(
    "Electron's binary is not installed (its download was blocked or skipped): run `npm run web` to use Somevuoro in a browser, or reinstall with internet access (`rm -rf node_modules/electron && npm install`).",
  );
  process.exit(1);
}

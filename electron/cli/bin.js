#!/usr/bin/env node
// `npx somevuoro …` runs the TypeScript command line through tsx, which `npm install`
// and `npm ci` install with the project (see README, "Command line").
import { register } from 'tsx/esm/api';

register();
await import('./somevuoro.ts');

#!/usr/bin/env node
// The wiretrace command. Runs the compiled CLI in dist/ (built by `npm install` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('wiretrace: not built yet: run `npm install` (or `npm run build`) in the wiretrace folder\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);

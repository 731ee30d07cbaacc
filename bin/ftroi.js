#!/usr/bin/env node
// The package bin. It runs the TypeScript CLI through tsx, so there is no build step to forget and the
// bin can never drift from src/. Paths resolve from this file, so it works from any working directory.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// tsx reads tsconfig.json from the working directory by default; pin ours so a tsconfig in the
// user's folder cannot change how the CLI compiles.
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const cli = await tsImport(new URL('../src/cli.ts', import.meta.url).href, {
  parentURL: import.meta.url,
  tsconfig,
});
cli.main(process.argv.slice(2));

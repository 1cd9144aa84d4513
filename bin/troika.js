#!/usr/bin/env node
/**
 * `npx troika <command>`: runs the compiled command line (dist/src/cli.js) with plain Node, which
 * starts in a fraction of the time tsx needs. The first use after an install or a change to the
 * sources compiles them once (tsc, a few seconds); a lock directory keeps two first uses from
 * compiling at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'src', 'cli.js');

/** Newest modification time under `dir` (the TypeScript sources), in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale() {
  if (!existsSync(entry)) return true;
  // Installed without sources (a packed copy): whatever is compiled is what there is.
  if (!existsSync(join(root, 'src'))) return false;
  return newest(join(root, 'src')) > statSync(entry).mtimeMs;
}

function build() {
  const lock = join(root, 'dist.building');
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) break; // a lock left by a killed build: go ahead
      spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
      if (!stale()) return;
    }
  }
  try {
    if (!stale()) return;
    process.stderr.write('troika: compiling the sources (first use after an install or a change)…\n');
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) {
      process.stderr.write('troika: compiling failed; "npm run --silent troika -- <command>" runs the sources directly.\n');
      process.exit(1);
    }
  } finally {
    try {
      rmdirSync(lock);
    } catch {
      // already gone
    }
  }
}

if (stale()) build();
// Before the command's modules are even parsed (their sources alone grow V8's young generation to
// 32 MB otherwise): see src/heap.ts.
await import(pathToFileURL(join(root, 'dist', 'src', 'limit-heap.js')).href);
await import(pathToFileURL(entry).href);

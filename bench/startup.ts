/**
 * `npm run bench:startup -- --db <file> [--runs 3] [--cold]`: start-up time on an existing database
 * (e.g. the 1,000,000-item file bench:queries caches in bench/.cache/), each run in a fresh Node
 * process as a restart would be: open, migrations, statistics, app ready with the integrity check
 * in the background (a clean shutdown), then the first query a reader's /feeds makes. `--cold`
 * drops the kernel's page cache before each run (`sync; echo 3 > /proc/sys/vm/drop_caches`, needs
 * root); when that is not permitted it says so and measures warm.
 *
 * Prints per run: the time from process start (module loading included) and from opening the
 * database to the first answer.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { db: { type: 'string' }, runs: { type: 'string', default: '3' }, cold: { type: 'boolean', default: false }, child: { type: 'boolean', default: false } },
});
if (!values.db) {
  console.error('usage: npm run bench:startup -- --db <file> [--runs 3] [--cold]');
  process.exit(2);
}

if (values.child) {
  const { createApp } = await import('../src/app.js');
  const { parseConfig } = await import('../src/config.js');
  const { createLogger } = await import('../src/logger.js');
  const loaded = performance.now();
  const t = performance.now();
  const app = createApp(parseConfig({ DATABASE_PATH: values.db, PIPELINE_WORKERS: '0', LOG_LEVEL: 'silent' }), createLogger('silent'), { seed: false, integrityCheck: 'background' });
  app.stores.feeds.listWithHealth();
  const ready = performance.now();
  app.close();
  process.send!({ processMs: ready, openMs: ready - t, modulesMs: loaded });
} else {
  const dropCaches = (): boolean => {
    try {
      execFileSync('sync');
      writeFileSync('/proc/sys/vm/drop_caches', '3\n');
      return true;
    } catch {
      return false;
    }
  };
  const runs = Number(values.runs);
  console.log(`start-up on ${values.db} (${(statSync(values.db).size / 1024 / 1024).toFixed(0)} MiB), ${values.cold ? 'cold' : 'warm'}, ${runs} runs`);
  const { fork } = await import('node:child_process');
  for (let i = 0; i < runs; i++) {
    let note = '';
    if (values.cold && !dropCaches()) note = ' (page cache NOT dropped: not permitted; this run is warm)';
    const figures = await new Promise<{ processMs: number; openMs: number; modulesMs: number }>((resolve, reject) => {
      const child = fork(fileURLToPath(import.meta.url), ['--child', '--db', values.db!], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.once('message', (m) => resolve(m as { processMs: number; openMs: number; modulesMs: number }));
      child.once('error', reject);
    });
    console.log(`  run ${i + 1}: ready ${Math.round(figures.processMs)} ms after process start (modules ${Math.round(figures.modulesMs)} ms), database open → first answer ${Math.round(figures.openMs)} ms${note}`);
  }
}

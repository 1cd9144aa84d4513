/** Every `troika` command answers --help with its usage on stdout and exit 0 (nothing else runs). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runToEnd } from './spawn.js';

const COMMANDS = ['classify', 'eval', 'ingest', 'feeds', 'digest', 'console', 'backup', 'prune', 'check'];

describe('troika <command> --help', () => {
  it('works for every command (eval used to be an error, console used to open the console)', async () => {
    const runs = await Promise.all(COMMANDS.map((c) => runToEnd('src/cli.ts', [c, '--help'], { DATABASE_PATH: '/nonexistent/never-opened.db' }, 60_000).then((r) => ({ c, ...r }))));
    for (const r of runs) {
      expect(r.code, `${r.c}: ${r.stderr}`).toBe(0);
      expect(r.stdout, r.c).toMatch(new RegExp(`^usage: troika ${r.c}\\b`));
      expect(r.stderr, r.c).toBe('');
    }
  }, 90_000);

  it('package.json has a bin entry for npx troika that runs the compiled command line', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin?.troika).toBe('bin/troika.js');
    expect(readFileSync(join(ROOT, 'bin/troika.js'), 'utf8')).toContain("join(root, 'dist', 'src', 'cli.js')");
    expect(pkg.scripts.troika).toBe('tsx src/cli.ts');
  });
});

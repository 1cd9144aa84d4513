import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_OPML_BYTES } from '../core/opml.js';
import { describeRefusal } from '../services/feed-opml.js';
import type { App } from '../app.js';
import { parseOrigin } from '../core/origin.js';
import { ALLOW_PRIVATE_HINT, parseFeedId } from '../services/manage-feeds.js';
import { clipCell, formatTable, UsageError } from './io.js';

export const FEEDS_HELP = `usage: troika feeds <subcommand>

  list                      every feed with its health
  add <url> [--name NAME]   fetch and parse once, then add (refuses duplicates, unreadable feeds, private addresses)
  remove <id>               delete a feed (its stories stay)
  enable <id>               resume a paused or disabled feed
  disable <id>              pause a feed
  set-origin <id> <origin> [state]
                            where the outlet comes from: US, CN, RU, ID or other; "state" marks
                            state-run or state-funded media (e.g. set-origin 12 CN state)
  import <file.opml>        add the feeds of an OPML file (each checked like add; those that pass are
                            added together, the others listed with the reason; --json for a report)
  export [file]             write every feed as OPML 2.0 (stdout by default)`;

const ACTOR = 'cli';

function iso(d: Date | null): string | null {
  return d ? d.toISOString().replace(/\.\d+Z$/, 'Z') : null;
}

export async function feedsCommand(argv: string[], app: App, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [sub, arg, ...rest] = positionals;
  if (values.help || !sub) {
    out.write(FEEDS_HELP + '\n');
    return values.help ? 0 : 2;
  }
  if (rest.length && sub !== 'set-origin') throw new UsageError(`unexpected argument "${rest[0]}"`);
  const manager = app.feedManager;
  const report = (result: { ok: true; value: unknown } | { ok: false; error: { message: string; hint?: 'allow-private' } }, success: string): number => {
    if (result.ok) {
      out.write(success + '\n');
      return 0;
    }
    const hint = result.error.hint === 'allow-private' ? ` (${ALLOW_PRIVATE_HINT})` : '';
    err.write(`troika feeds ${sub}: ${result.error.message}${hint}\n`);
    return 1;
  };
  switch (sub) {
    case 'list': {
      const rows = manager.list();
      out.write(
        formatTable(
          ['id', 'on', 'name', 'url', 'origin', 'items', 'relevant', 'last success', 'errors', 'last error / warning'],
          rows.map((f) => [f.id, f.enabled ? 'yes' : 'no', clipCell(f.name ?? f.title, 32), clipCell(f.url, 60), f.origin ? `${f.origin}${f.stateMedia ? ' state' : ''}` : '-', f.itemCount, f.relevantCount, iso(f.lastSuccessAt), f.consecutiveErrors, clipCell(f.lastError ?? f.lastWarning, 50)]),
        ) + '\n',
      );
      return 0;
    }
    case 'add': {
      if (!arg) throw new UsageError('feeds add needs a URL');
      const result = await manager.add(arg, { name: values.name ?? null, actor: ACTOR });
      return report(result, result.ok ? `added feed ${result.value.feed.id}: ${result.value.feed.url} (${result.value.items} items, ${result.value.relevant} look relevant)` : '');
    }
    case 'remove':
    case 'enable':
    case 'disable': {
      const id = parseFeedId(arg);
      if (!id.ok) throw new UsageError(id.error.message);
      const result = manager[sub](id.value, ACTOR);
      const verb = { remove: 'removed', enable: 'enabled', disable: 'disabled' }[sub];
      return report(result, result.ok ? `${verb} feed ${id.value}: ${result.value.url}` : '');
    }
    case 'set-origin': {
      const id = parseFeedId(arg);
      if (!id.ok) throw new UsageError(id.error.message);
      const origin = parseOrigin(rest.join(' '));
      if (!origin.ok) throw new UsageError(origin.message);
      const result = manager.setOrigin(id.value, origin.value, ACTOR);
      return report(result, result.ok ? `feed ${id.value}: origin ${origin.value.origin}${origin.value.stateMedia ? ', state media' : ''}` : '');
    }
    case 'import': {
      if (!arg) throw new UsageError('feeds import needs an OPML file');
      return importOpml(arg, app, Boolean(values.json), out, err);
    }
    case 'export': {
      const document = app.feedOpml.exportOpml();
      if (!arg || arg === '-') {
        out.write(document);
        return 0;
      }
      if (existsSync(arg) && !values.force) throw new UsageError(`${arg} exists; add --force to overwrite it`);
      writeFileSync(arg, document);
      err.write(`wrote ${app.stores.feeds.list().length} feeds to ${arg}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown feeds subcommand "${sub}" (list, add, remove, enable, disable, set-origin, import, export)`);
  }
}

async function importOpml(path: string, app: App, json: boolean, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // Refused before reading: a 20 MB "OPML" file is never loaded into memory.
  if (size > MAX_OPML_BYTES) {
    err.write(`troika feeds import: nothing imported: ${describeRefusal({ kind: 'too-large', bytes: size })}\n`);
    return 1;
  }
  const result = await app.feedOpml.importOpml(readFileSync(path, 'utf8'), { actor: ACTOR });
  if (!result.ok) {
    if (json) out.write(JSON.stringify({ ok: false, refusal: result.refusal.kind, message: describeRefusal(result.refusal) }) + '\n');
    err.write(`troika feeds import: nothing imported: ${describeRefusal(result.refusal)}\n`);
    return 1;
  }
  const r = result.report;
  if (json) {
    out.write(
      JSON.stringify({
        ok: true, feeds: r.feeds, folders: r.folders, ms: r.ms,
        added: r.added.map((a) => ({ id: a.feed.id, url: a.feed.url, name: a.feed.name, enabled: a.feed.enabled, items: a.items, relevant: a.relevant })),
        skipped: r.skipped.map((s) => ({ label: s.label, url: s.url, reason: s.reason, message: s.message })),
      }) + '\n',
    );
    return 0;
  }
  out.write(`${r.added.length} added, ${r.skipped.length} skipped of ${r.feeds} feeds${r.folders ? ` (${r.folders} folders flattened: Troika keeps one list)` : ''} in ${(r.ms / 1000).toFixed(1)} s\n`);
  if (r.added.length) {
    out.write(formatTable(['id', 'on', 'name', 'url', 'items', 'relevant'], r.added.map((a) => [a.feed.id, a.feed.enabled ? 'yes' : 'no', clipCell(a.feed.name ?? a.feed.title, 32), clipCell(a.feed.url, 60), a.items, a.relevant])) + '\n');
  }
  if (r.skipped.length) {
    out.write('skipped:\n' + formatTable(['name', 'url', 'reason'], r.skipped.map((s) => [clipCell(s.label, 32), clipCell(s.url, 60), clipCell(s.message, 80)])) + '\n');
  }
  return 0;
}

import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { parseOrigin } from '../core/origin.js';
import { parseFeedId } from '../services/manage-feeds.js';
import { clipText, formatTable, UsageError } from './io.js';

export const FEEDS_HELP = `usage: troika feeds <subcommand>

  list                      every feed with its health
  add <url> [--name NAME]   fetch and parse once, then add (refuses duplicates, unreadable feeds, private addresses)
  remove <id>               delete a feed (its stories stay)
  enable <id>               resume a paused or disabled feed
  disable <id>              pause a feed
  set-origin <id> <origin> [state]
                            where the outlet comes from: US, CN, RU, ID or other; "state" marks
                            state-run or state-funded media (e.g. set-origin 12 CN state)`;

const ACTOR = 'cli';

function iso(d: Date | null): string | null {
  return d ? d.toISOString().replace(/\.\d+Z$/, 'Z') : null;
}

export async function feedsCommand(argv: string[], app: App, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const [sub, arg, ...rest] = positionals;
  if (values.help || !sub) {
    out.write(FEEDS_HELP + '\n');
    return values.help ? 0 : 2;
  }
  if (rest.length && sub !== 'set-origin') throw new UsageError(`unexpected argument "${rest[0]}"`);
  const manager = app.feedManager;
  const report = (result: { ok: true; value: unknown } | { ok: false; error: { message: string } }, success: string): number => {
    if (result.ok) {
      out.write(success + '\n');
      return 0;
    }
    err.write(`troika feeds ${sub}: ${result.error.message}\n`);
    return 1;
  };
  switch (sub) {
    case 'list': {
      const rows = manager.list();
      out.write(
        formatTable(
          ['id', 'on', 'name', 'url', 'origin', 'items', 'relevant', 'last success', 'errors', 'last error / warning'],
          rows.map((f) => [f.id, f.enabled ? 'yes' : 'no', clipText(f.name ?? f.title, 32), clipText(f.url, 60), f.origin ? `${f.origin}${f.stateMedia ? ' state' : ''}` : '-', f.itemCount, f.relevantCount, iso(f.lastSuccessAt), f.consecutiveErrors, clipText(f.lastError ?? f.lastWarning, 50)]),
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
    default:
      throw new UsageError(`unknown feeds subcommand "${sub}" (list, add, remove, enable, disable, set-origin)`);
  }
}

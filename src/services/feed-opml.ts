/**
 * OPML import and export of the feed list, shared by the bot (/import, /export, a sent .opml file)
 * and the command line (`troika feeds import|export`).
 *
 * Import policy: the whole file is read and validated first (a refusal changes nothing); then every
 * feed outline is checked exactly like /addfeed (address, duplicates, one fetch and parse), a few at
 * a time; then every feed that passed is added in ONE transaction. Feeds that fail a check
 * (unreachable, unreadable, private address, duplicate) are not added and are listed with the
 * reason; importing the same file again later adds only those that now pass.
 */
import { parseOrigin } from '../core/origin.js';
import { readOpml, writeOpml, type OpmlFeed, type OpmlRefusal } from '../core/opml.js';
import type { FeedRow } from '../db/feed-store.js';
import type { AddedFeed, CheckedFeed, FeedManager, ManageError } from './manage-feeds.js';

export interface ImportSkip {
  /** The outline's title, else its address. */
  label: string;
  url: string | null;
  reason: ManageError['kind'] | 'no-xml-url' | 'repeated';
  message: string;
}

export interface ImportReport {
  added: AddedFeed[];
  skipped: ImportSkip[];
  /** Folders of the other reader, flattened into Troika's one list. */
  folders: number;
  /** Feed outlines in the file. */
  feeds: number;
  ms: number;
}

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; refusal: OpmlRefusal };

export interface OpmlDeps {
  feeds: { list(): FeedRow[] };
  manager: Pick<FeedManager, 'check' | 'commit'>;
  now: () => Date;
  /** Feeds fetched at once while checking (default 8). */
  concurrency?: number;
}

/** The file name the bot sends and the CLI suggests. */
export const EXPORT_FILE_NAME = 'troika-feeds.opml';

/** Import and export of the feed list as OPML 2.0. */
export function createFeedOpml(deps: OpmlDeps) {
  return {
    /** Every feed (enabled or not) as an OPML 2.0 document. */
    exportOpml(): string {
      const feeds = deps.feeds.list().map((f) => ({
        url: f.url,
        siteUrl: f.siteUrl,
        title: f.name ?? f.title ?? new URL(f.url).hostname,
        language: f.language,
        enabled: f.enabled,
        origin: f.origin,
        stateMedia: f.stateMedia,
      }));
      return writeOpml(feeds, { title: 'Troika feeds', now: deps.now() });
    },

    /** Validate the whole file, check each feed like /addfeed, add those that pass in one transaction. */
    async importOpml(text: string, options: { actor: string; onProgress?: (checked: number, total: number) => void }): Promise<ImportResult> {
      const started = Date.now();
      const read = readOpml(text);
      if (!read.ok) return read;
      const skipped: ImportSkip[] = read.skipped.map((s) => ({ label: s.label, url: null, reason: s.reason, message: 'no feed address (xmlUrl)' }));
      const seen = new Set<string>();
      const unique: OpmlFeed[] = [];
      for (const feed of read.feeds) {
        const key = normalizedKey(feed.xmlUrl);
        if (seen.has(key)) {
          skipped.push({ label: feed.title ?? feed.xmlUrl, url: feed.xmlUrl, reason: 'repeated', message: 'listed twice in this file' });
          continue;
        }
        seen.add(key);
        unique.push(feed);
      }

      const checked: Array<{ feed: OpmlFeed; value: CheckedFeed } | null> = new Array(unique.length).fill(null);
      let next = 0;
      let done = 0;
      const worker = async () => {
        while (next < unique.length) {
          const index = next++;
          const feed = unique[index]!;
          const origin = feed.origin ? parseOrigin(`${feed.origin}${feed.stateMedia ? ' state' : ''}`) : null;
          const result = await deps.manager.check(feed.xmlUrl, { name: feed.title, language: feed.language, siteUrl: feed.htmlUrl, enabled: feed.enabled, origin: origin?.ok ? origin.value : null });
          if (result.ok) checked[index] = { feed, value: result.value };
          else skipped.push({ label: feed.title ?? feed.xmlUrl, url: feed.xmlUrl, reason: result.error.kind, message: result.error.message });
          options.onProgress?.(++done, unique.length);
        }
      };
      await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 8, unique.length) }, worker));

      // Two outlines redirecting to the same feed: the first one wins, in file order.
      const finals = new Set<string>();
      const toAdd: CheckedFeed[] = [];
      for (const entry of checked) {
        if (!entry) continue;
        if (finals.has(entry.value.url)) {
          skipped.push({ label: entry.feed.title ?? entry.feed.xmlUrl, url: entry.feed.xmlUrl, reason: 'repeated', message: `the same feed as another outline in this file (${entry.value.url})` });
          continue;
        }
        finals.add(entry.value.url);
        toAdd.push(entry.value);
      }
      const added: AddedFeed[] = [];
      for (const [i, result] of deps.manager.commit(toAdd, options.actor).entries()) {
        if (result.ok) added.push(result.value);
        else skipped.push({ label: toAdd[i]!.name ?? toAdd[i]!.url, url: toAdd[i]!.url, reason: result.error.kind, message: result.error.message });
      }
      return { ok: true, report: { added, skipped, folders: read.folders, feeds: read.feeds.length, ms: Date.now() - started } };
    },
  };
}

export type FeedOpml = ReturnType<typeof createFeedOpml>;

function normalizedKey(url: string): string {
  try {
    return new URL(url.trim()).toString();
  } catch {
    return url.trim();
  }
}

/** One line saying why a file was refused as a whole (nothing was imported). */
export function describeRefusal(refusal: OpmlRefusal): string {
  switch (refusal.kind) {
    case 'too-large':
      return `the file is ${(refusal.bytes / 1024 / 1024).toFixed(1)} MB; an OPML list can be at most 2 MB`;
    case 'not-xml':
      return `this is not an XML file${refusal.line ? ` (line ${refusal.line}: ${refusal.detail})` : ` (${refusal.detail})`}`;
    case 'entities':
      return 'the file declares XML entities, which an OPML list never needs; export it again from your reader';
    case 'not-opml':
      return `this is XML but not OPML (its root element is <${refusal.root ?? 'none'}>, not <opml>)`;
    case 'no-body':
      return 'this OPML file has no <body>, so it lists no feeds';
    case 'too-many-outlines':
      return `the file has ${refusal.count.toLocaleString('en-US')} outlines; at most 1,000 can be imported at once: split it into smaller files`;
    case 'too-deep':
      return `folders are nested ${refusal.depth} deep; at most 8 levels are read`;
    case 'no-feeds':
      return `none of its ${refusal.outlines} outlines has a feed address (xmlUrl)`;
  }
}

import { Composer, HttpError, InputFile } from 'grammy';
import type { Context } from 'grammy';
import type { Document, Message } from 'grammy/types';
import { MAX_OPML_BYTES } from '../../core/opml.js';
import { describeRefusal, EXPORT_FILE_NAME, type ImportReport, type ImportSkip } from '../../services/feed-opml.js';
import type { FeatureDeps } from '../deps.js';
import { isAdmin } from '../filters.js';
import { ADMINS_ONLY } from './admin.js';
import { actorOf, escapeHtml, replyHtml, replyLines } from '../reply.js';

/** Lines listed per section of an import report; the rest are counted. */
const LIST_LIMIT = 25;

const TEXT = {
  importHelp: 'Send me an OPML file (an export from Feedly, Inoreader, NewsBlur, another Troika…), or reply <code>/import</code> to one.',
  notOpml: (name: string) => `“${escapeHtml(name)}” does not look like an OPML file (.opml or .xml). Nothing was imported.`,
  tooBig: (bytes: number) => `Nothing imported: ${escapeHtml(describeRefusal({ kind: 'too-large', bytes }))}.`,
  downloadFailed: (why: string) => `Nothing imported: I could not download the file (${escapeHtml(why)}). Try sending it again.`,
  busy: 'An import is already running; wait for its report.',
  checking: (name: string) => `Reading <b>${escapeHtml(name)}</b> and checking each feed like /addfeed; the report follows.`,
  refused: (why: string) => `Nothing imported: ${escapeHtml(why)}.`,
  failed: 'The import failed and nothing was added; see the logs.',
  exportCaption: (n: number) => `${n} feeds as OPML 2.0. Other readers (Feedly, Inoreader…) import it; so does /import here.`,
  noFeeds: 'There are no feeds to export. Add one with /addfeed.',
} as const;

const SKIP_REASON: Record<ImportSkip['reason'], string> = {
  'no-xml-url': 'no feed address',
  repeated: 'listed twice',
  duplicate: 'already in the list',
  'invalid-url': 'invalid address',
  'fetch-failed': 'unreachable',
  unreadable: 'not a readable feed',
  'invalid-name': 'bad name',
  'not-found': 'not found',
};

/** Whether a document is worth reading as OPML: by name or by type, never by luck. */
export function looksLikeOpml(doc: Pick<Document, 'file_name' | 'mime_type'>): boolean {
  const name = doc.file_name?.toLowerCase() ?? '';
  return /\.(opml|xml)$/.test(name) || /opml|xml/.test(doc.mime_type ?? '');
}

/** The import report as message blocks: counts, what was added, what was skipped and why. */
export function formatImportReport(fileName: string, report: ImportReport): string[] {
  const { added, skipped } = report;
  const head = [
    `<b>Imported ${escapeHtml(fileName)}</b>: ${added.length} added, ${skipped.length} skipped of ${report.feeds} feeds (${(report.ms / 1000).toFixed(1)} s).`,
    ...(report.folders ? [`${report.folders} folders were flattened: Troika keeps one list.`] : []),
  ];
  const addedLines = added.slice(0, LIST_LIMIT).map((a) => `✅ #${a.feed.id} ${escapeHtml(a.feed.name ?? a.feed.title ?? a.feed.url)}${a.feed.enabled ? '' : ' (paused)'}`);
  if (added.length > LIST_LIMIT) addedLines.push(`… and ${added.length - LIST_LIMIT} more (/feeds lists them all)`);
  const skippedLines = skipped.slice(0, LIST_LIMIT).map((s) => `⛔ ${escapeHtml(s.label.slice(0, 80))}: ${SKIP_REASON[s.reason]}${s.reason === 'no-xml-url' || s.reason === 'repeated' ? '' : ` (${escapeHtml(s.message.slice(0, 160))})`}`);
  if (skipped.length > LIST_LIMIT) skippedLines.push(`… and ${skipped.length - LIST_LIMIT} more`);
  const footer = skipped.some((s) => s.reason === 'fetch-failed' || s.reason === 'unreadable')
    ? ['Unreachable and unreadable feeds were not added; send the file again later to add those that work by then (the others are skipped as already in the list).']
    : [];
  return [...head, ...addedLines, ...skippedLines, ...footer];
}

/** Read a Telegram file into memory, refusing more than `maxBytes`. */
async function downloadFile(ctx: Context, fileId: string, maxBytes: number, fileUrl: (path: string) => string): Promise<Buffer> {
  const file = await ctx.api.getFile(fileId);
  if (!file.file_path) throw new Error('Telegram gave no file path');
  if (file.file_size !== undefined && file.file_size > maxBytes) throw new Error('the file is too large');
  const response = await fetch(fileUrl(file.file_path), { signal: AbortSignal.timeout(30_000) });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += (chunk as Uint8Array).length;
    if (size > maxBytes) throw new Error('the file is too large');
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks);
}

/** OPML for admins: send an .opml file (or reply /import to one) to add its feeds; /export sends them all. */
export function opmlFeature(deps: FeatureDeps, fileUrl: (path: string) => string): Composer<Context> {
  const { app } = deps;
  const composer = new Composer<Context>();
  const admins = composer.filter(isAdmin(deps.adminIds));
  let importing = false;

  async function runImport(ctx: Context, doc: Document): Promise<void> {
    const name = doc.file_name ?? 'the file';
    if (!looksLikeOpml(doc)) return replyHtml(ctx, TEXT.notOpml(name));
    if (doc.file_size !== undefined && doc.file_size > MAX_OPML_BYTES) return replyHtml(ctx, TEXT.tooBig(doc.file_size));
    if (importing) return replyHtml(ctx, TEXT.busy);
    importing = true;
    let bytes: Buffer;
    try {
      bytes = await downloadFile(ctx, doc.file_id, MAX_OPML_BYTES, fileUrl);
    } catch (error) {
      importing = false;
      const message = (error as Error).message;
      if (/too (large|big)/.test(message)) return replyHtml(ctx, TEXT.tooBig(doc.file_size ?? MAX_OPML_BYTES + 1));
      return replyHtml(ctx, TEXT.downloadFailed(message));
    }
    await replyHtml(ctx, TEXT.checking(name));
    // Not awaited by the update loop: checking hundreds of feeds takes a while, other chats go on.
    void (async () => {
      try {
        const result = await app.feedOpml.importOpml(new TextDecoder('utf-8').decode(bytes), { actor: actorOf(ctx) });
        if (!result.ok) {
          await replyHtml(ctx, TEXT.refused(describeRefusal(result.refusal)));
          return;
        }
        app.logger.info({ actor: actorOf(ctx), added: result.report.added.length, skipped: result.report.skipped.length, ms: result.report.ms }, 'OPML imported from Telegram');
        // The report comes after a long quiet spell: an idle keep-alive connection may have been
        // closed meanwhile, so a network failure is tried once more before giving up.
        await replyLines(ctx, formatImportReport(name, result.report)).catch((error: unknown) => {
          if (!(error instanceof HttpError)) throw error;
          return replyLines(ctx, formatImportReport(name, result.report));
        });
      } catch (error) {
        app.logger.error({ err: error, chat_id: ctx.chat?.id }, 'OPML import failed');
        await replyHtml(ctx, TEXT.failed).catch(() => undefined);
      } finally {
        importing = false;
      }
    })();
  }

  admins.command('import', (ctx) => {
    const replied: Message | undefined = ctx.message?.reply_to_message;
    const doc = replied?.document ?? ctx.message?.document;
    if (!doc) return replyHtml(ctx, TEXT.importHelp);
    return runImport(ctx, doc);
  });

  // A file sent to the bot in a private chat is an import; in groups only /import (files fly by there).
  admins.chatType('private').on('message:document', (ctx) => runImport(ctx, ctx.message.document));

  composer.chatType('private').on('message:document', (ctx, next) => (looksLikeOpml(ctx.message.document) ? replyHtml(ctx, ADMINS_ONLY) : next()));

  admins.command('export', async (ctx) => {
    const count = app.stores.feeds.list().length;
    if (count === 0) return replyHtml(ctx, TEXT.noFeeds);
    await ctx.replyWithChatAction('upload_document').catch(() => undefined);
    const document = app.feedOpml.exportOpml();
    await ctx.replyWithDocument(new InputFile(Buffer.from(document, 'utf8'), EXPORT_FILE_NAME), { caption: TEXT.exportCaption(count) });
  });

  return composer;
}

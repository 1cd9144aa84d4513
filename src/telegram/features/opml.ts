import { Composer, HttpError, InputFile } from 'grammy';
import type { Document, Message } from 'grammy/types';
import { clipText } from '../../core/clip.js';
import { formatNumber, type Locale, type Translate } from '../../core/locale.js';
import { MAX_OPML_BYTES, type OpmlRefusal } from '../../core/opml.js';
import { EXPORT_FILE_NAME, type ImportReport, type ImportSkip } from '../../services/feed-opml.js';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { isAdmin } from '../filters.js';
import { adminRefusal } from './admin.js';
import { actorOf, escapeHtml, replyHtml, replyLines } from '../reply.js';

/** Lines listed per section of an import report; the rest are counted. */
const LIST_LIMIT = 25;

/** Why an outline was skipped: its locale key. */
const SKIP_KEY: Record<ImportSkip['reason'], string> = {
  'no-xml-url': 'opml-skip-no-url',
  repeated: 'opml-skip-repeated',
  duplicate: 'opml-skip-duplicate',
  'invalid-url': 'opml-skip-invalid-url',
  'fetch-failed': 'opml-skip-fetch-failed',
  unreadable: 'opml-skip-unreadable',
  'invalid-name': 'opml-skip-invalid-name',
  'not-found': 'opml-skip-not-found',
};

/**
 * Why a whole file was refused, in the admin's locale (the command line keeps describeRefusal's
 * English). The parser's own detail of an XML error is quoted as it is.
 */
export function refusalText(refusal: OpmlRefusal, t: Translate, locale: Locale): string {
  switch (refusal.kind) {
    case 'too-large':
      return t('opml-refusal-too-large', { size: formatNumber(refusal.bytes / 1024 / 1024, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), max: 2 });
    case 'not-xml':
      return refusal.line ? t('opml-refusal-not-xml-line', { line: refusal.line, detail: escapeHtml(refusal.detail) }) : t('opml-refusal-not-xml', { detail: escapeHtml(refusal.detail) });
    case 'entities':
      return t('opml-refusal-entities');
    case 'not-opml':
      return t('opml-refusal-not-opml', { root: escapeHtml(refusal.root ?? '–') });
    case 'no-body':
      return t('opml-refusal-no-body');
    case 'too-many-outlines':
      return t('opml-refusal-too-many', { count: refusal.count, max: 1000 });
    case 'too-deep':
      return t('opml-refusal-too-deep', { depth: refusal.depth, max: 8 });
    case 'no-feeds':
      return t('opml-refusal-no-feeds', { count: refusal.outlines });
  }
}

/** Whether a document is worth reading as OPML: by name or by type, never by luck. */
export function looksLikeOpml(doc: Pick<Document, 'file_name' | 'mime_type'>): boolean {
  const name = doc.file_name?.toLowerCase() ?? '';
  return /\.(opml|xml)$/.test(name) || /opml|xml/.test(doc.mime_type ?? '');
}

/** The import report as message blocks, in the admin's locale: counts, what was added, what was skipped and why. */
export function formatImportReport(fileName: string, report: ImportReport, t: Translate, locale: Locale): string[] {
  const { added, skipped } = report;
  const seconds = formatNumber(report.ms / 1000, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const head = [
    t('opml-report', { name: escapeHtml(fileName), added: added.length, skipped: skipped.length, feeds: report.feeds, seconds }),
    ...(report.folders ? [t('opml-folders', { count: report.folders })] : []),
  ];
  const addedLines = added.slice(0, LIST_LIMIT).map((a) => `✅ #${a.feed.id} ${escapeHtml(a.feed.name ?? a.feed.title ?? a.feed.url)}${a.feed.enabled ? '' : ` (${t('opml-paused')})`}`);
  if (added.length > LIST_LIMIT) addedLines.push(t('opml-more-added', { count: added.length - LIST_LIMIT }));
  const skippedLines = skipped.slice(0, LIST_LIMIT).map((s) => `⛔ ${escapeHtml(clipText(s.label, 80))}: ${t(SKIP_KEY[s.reason])}${s.reason === 'no-xml-url' || s.reason === 'repeated' ? '' : ` (${escapeHtml(clipText(s.message, 160))})`}`);
  if (skipped.length > LIST_LIMIT) skippedLines.push(t('opml-more-skipped', { count: skipped.length - LIST_LIMIT }));
  const footer = skipped.some((s) => s.reason === 'fetch-failed' || s.reason === 'unreadable') ? [t('opml-retry-later')] : [];
  return [...head, ...addedLines, ...skippedLines, ...footer];
}

/** Read a Telegram file into memory, refusing more than `maxBytes`. */
async function downloadFile(ctx: BotContext, fileId: string, maxBytes: number, fileUrl: (path: string) => string): Promise<Buffer> {
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
export function opmlFeature(deps: FeatureDeps, fileUrl: (path: string) => string): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();
  const admins = composer.filter(isAdmin(deps.adminIds));
  let importing = false;

  async function runImport(ctx: BotContext, doc: Document): Promise<void> {
    const { t } = ctx;
    const name = doc.file_name ?? t('opml-the-file');
    if (!looksLikeOpml(doc)) return replyHtml(ctx, t('opml-not-opml', { name: escapeHtml(name) }));
    if (doc.file_size !== undefined && doc.file_size > MAX_OPML_BYTES) return replyHtml(ctx, t('opml-refused', { why: refusalText({ kind: 'too-large', bytes: doc.file_size }, t, ctx.locale) }));
    if (importing) return replyHtml(ctx, t('opml-busy'));
    importing = true;
    let bytes: Buffer;
    try {
      bytes = await downloadFile(ctx, doc.file_id, MAX_OPML_BYTES, fileUrl);
    } catch (error) {
      importing = false;
      const message = (error as Error).message;
      if (/too (large|big)/.test(message)) return replyHtml(ctx, t('opml-refused', { why: refusalText({ kind: 'too-large', bytes: doc.file_size ?? MAX_OPML_BYTES + 1 }, t, ctx.locale) }));
      return replyHtml(ctx, t('opml-download-failed', { why: escapeHtml(message) }));
    }
    await replyHtml(ctx, t('opml-checking', { name: escapeHtml(name) }));
    // Not awaited by the update loop: checking hundreds of feeds takes a while, other chats go on.
    void (async () => {
      try {
        const result = await app.feedOpml.importOpml(new TextDecoder('utf-8').decode(bytes), { actor: actorOf(ctx) });
        if (!result.ok) {
          await replyHtml(ctx, t('opml-refused', { why: refusalText(result.refusal, t, ctx.locale) }));
          return;
        }
        app.logger.info({ actor: actorOf(ctx), added: result.report.added.length, skipped: result.report.skipped.length, ms: result.report.ms }, 'OPML imported from Telegram');
        // The report comes after a long quiet spell: an idle keep-alive connection may have been
        // closed meanwhile, so a network failure is tried once more before giving up.
        await replyLines(ctx, formatImportReport(name, result.report, t, ctx.locale)).catch((error: unknown) => {
          if (!(error instanceof HttpError)) throw error;
          return replyLines(ctx, formatImportReport(name, result.report, t, ctx.locale));
        });
      } catch (error) {
        app.logger.error({ err: error, chat_id: ctx.chat?.id }, 'OPML import failed');
        await replyHtml(ctx, t('opml-failed')).catch(() => undefined);
      } finally {
        importing = false;
      }
    })();
  }

  admins.command('import', (ctx) => {
    const replied: Message | undefined = ctx.message?.reply_to_message;
    const doc = replied?.document ?? ctx.message?.document;
    if (!doc) return replyHtml(ctx, ctx.t('opml-import-help'));
    return runImport(ctx, doc);
  });

  // A file sent to the bot in a private chat is an import; in groups only /import (files fly by there).
  admins.chatType('private').on('message:document', (ctx) => runImport(ctx, ctx.message.document));

  composer.chatType('private').on('message:document', (ctx, next) => (looksLikeOpml(ctx.message.document) ? replyHtml(ctx, adminRefusal(ctx)) : next()));

  admins.command('export', async (ctx) => {
    const count = app.stores.feeds.list().length;
    if (count === 0) return replyHtml(ctx, ctx.t('opml-no-feeds'));
    await ctx.replyWithChatAction('upload_document').catch(() => undefined);
    const document = app.feedOpml.exportOpml();
    await ctx.replyWithDocument(new InputFile(Buffer.from(document, 'utf8'), EXPORT_FILE_NAME), { caption: ctx.t('opml-export-caption', { count }) });
  });

  return composer;
}

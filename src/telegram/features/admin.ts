import { Composer } from 'grammy';
import { clipText } from '../../core/clip.js';
import { formatNumber, type Translate } from '../../core/locale.js';
import { localDate, localDayRange } from '../../core/local-time.js';
import { parseOrigin } from '../../core/origin.js';
import type { FeedRow } from '../../db/feed-store.js';
import { parseFeedId, type ManageError, type ManageResult } from '../../services/manage-feeds.js';
import type { TranslatorHealth } from '../../services/translator.js';
import { ADMIN_COMMANDS } from '../commands.js';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { isAdmin } from '../filters.js';
import { actorOf, escapeHtml, formatInstant, originLabel, replyHtml, replyLines } from '../reply.js';

const feedLabel = (f: Pick<FeedRow, 'id' | 'name' | 'title' | 'url'>) => `#${f.id} ${escapeHtml(f.name ?? f.title ?? f.url)}`;

/**
 * Why a feed change failed, in the admin's locale. The service's own text (English, shared with the
 * command line) stays as the technical detail where it carries one (a URL problem, a fetch error).
 */
export function manageErrorText(error: ManageError, t: Translate, id?: number): string {
  const detail = escapeHtml(error.message);
  switch (error.kind) {
    case 'not-found':
      return id === undefined ? t('feed-error-bad-id') : t('feed-error-not-found', { id: String(id) });
    case 'duplicate':
      return t('feed-error-duplicate', { detail });
    case 'invalid-name':
      return t('feed-error-invalid-name', { max: 100 });
    default: {
      const text = t(`feed-error-${error.kind}`, { detail });
      return error.hint === 'allow-private' ? `${text} ${t('feed-error-allow-private')}` : text;
    }
  }
}

export type FeedStatus = 'paused' | 'not-fetched' | 'never-worked' | 'failing' | 'fine';
export const FEED_STATUS_MARK: Record<FeedStatus, string> = { paused: '⏸', 'not-fetched': '⚪', 'never-worked': '🔴', failing: '🟠', fine: '🟢' };

/** A feed is only "fine" once it has worked and its latest fetch did not fail. */
export function feedStatus(f: Pick<FeedRow, 'enabled' | 'lastSuccessAt' | 'lastCheckedAt' | 'consecutiveErrors'>): FeedStatus {
  if (!f.enabled) return 'paused';
  if (!f.lastSuccessAt) return f.consecutiveErrors > 0 || f.lastCheckedAt ? 'never-worked' : 'not-fetched';
  return f.consecutiveErrors > 0 ? 'failing' : 'fine';
}

/** Admin commands behind the isAdmin filter; everyone else gets one refusal line, and the attempt is logged. */
export function adminFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();
  const admins = composer.filter(isAdmin(deps.adminIds));
  let refreshing = false;

  admins.command('addfeed', async (ctx) => {
    const [url, ...nameParts] = ctx.match.trim().split(/\s+/);
    if (!url) return replyHtml(ctx, ctx.t('addfeed-usage'));
    await ctx.replyWithChatAction('typing').catch(() => undefined);
    const result = await app.feedManager.add(url, { name: nameParts.join(' ') || null, actor: actorOf(ctx) });
    if (!result.ok) return replyHtml(ctx, ctx.t('addfeed-failed', { reason: manageErrorText(result.error, ctx.t) }));
    const { feed, items, relevant } = result.value;
    app.logger.info({ feed_id: feed.id, actor: actorOf(ctx) }, 'feed added from Telegram');
    return replyHtml(ctx, ctx.t('addfeed-done', { feed: feedLabel(feed), items, relevant }));
  });

  const change = (command: string, run: (id: number, actor: string) => ManageResult<FeedRow>, doneKey: string) =>
    admins.command(command, (ctx) => {
      const id = parseFeedId(ctx.match);
      if (!id.ok) return replyHtml(ctx, ctx.t('feed-id-usage', { reason: manageErrorText(id.error, ctx.t), command }));
      const result = run(id.value, actorOf(ctx));
      if (!result.ok) return replyHtml(ctx, ctx.t('feed-unchanged', { reason: manageErrorText(result.error, ctx.t, id.value) }));
      return replyHtml(ctx, ctx.t(doneKey, { feed: feedLabel(result.value) }));
    });
  change('removefeed', (id, actor) => app.feedManager.remove(id, actor), 'feed-removed');
  change('pausefeed', (id, actor) => app.feedManager.disable(id, actor), 'feed-paused');
  change('resumefeed', (id, actor) => app.feedManager.enable(id, actor), 'feed-resumed');

  admins.command('setorigin', (ctx) => {
    const [idArg, ...rest] = ctx.match.trim().split(/\s+/);
    const id = parseFeedId(idArg);
    const origin = parseOrigin(rest.join(' '));
    if (!id.ok || !origin.ok) {
      const why = !id.ok ? manageErrorText(id.error, ctx.t) : ctx.t('origin-error');
      return replyHtml(ctx, ctx.t('setorigin-usage', { reason: why }));
    }
    const result = app.feedManager.setOrigin(id.value, origin.value, actorOf(ctx));
    if (!result.ok) return replyHtml(ctx, ctx.t('feed-unchanged', { reason: manageErrorText(result.error, ctx.t, id.value) }));
    return replyHtml(ctx, `${feedLabel(result.value)}: ${escapeHtml(originLabel(origin.value.origin, origin.value.stateMedia, ctx.t))}.`);
  });

  admins.command('feeds', (ctx) => {
    const { t, locale } = ctx;
    const feeds = app.feedManager.list();
    if (feeds.length === 0) return replyHtml(ctx, t('feeds-none'));
    const blocks = feeds.map((f) => {
      const share = f.itemCount ? formatNumber(f.relevantCount / f.itemCount, locale, { style: 'percent' }) : '—';
      const error = f.consecutiveErrors
        ? `\n    ⚠️ ${t('feeds-errors', { count: f.consecutiveErrors })}${f.lastError ? `: ${escapeHtml(clipText(f.lastError, 200))}` : ''}`
        : '';
      const warning = f.lastWarning ? `\n    ℹ️ ${escapeHtml(clipText(f.lastWarning, 200))}` : '';
      const health = t('feeds-health', { when: escapeHtml(formatInstant(f.lastSuccessAt, t, locale)), items: f.itemCount, share });
      return `${FEED_STATUS_MARK[feedStatus(f)]} <b>${feedLabel(f)}</b> ${escapeHtml(originLabel(f.origin, f.stateMedia, t))}\n    ${health}${error}${warning}`;
    });
    return replyLines(ctx, [t('feeds-heading', { count: feeds.length, enabled: feeds.filter((f) => f.enabled).length }), t('feeds-legend'), ...blocks]);
  });

  admins.command('refresh', async (ctx) => {
    if (refreshing) return replyHtml(ctx, ctx.t('refresh-running'));
    refreshing = true;
    await replyHtml(ctx, ctx.t('refresh-started'));
    // Not awaited by the update loop: other chats keep getting answers while feeds are fetched.
    void (async () => {
      try {
        const report = await app.refresher.refresh({ all: true });
        const r = report.totals;
        const failed = report.feeds.filter((f) => f.status === 'failed').slice(0, 10).map((f) => `• #${f.feedId} ${escapeHtml(f.title ?? f.url)}: ${escapeHtml(f.error ?? ctx.t('refresh-failed-feed'))}`);
        await replyLines(ctx, [
          ctx.t('refresh-done', {
            seconds: formatNumber(r.ms / 1000, ctx.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            feeds: r.feeds, fetched: r.fetched, unchanged: r.notModified, failed: r.failed, new: r.newItems, relevant: r.relevant,
          }),
          ...failed,
        ]);
      } catch (error) {
        app.logger.error({ err: error, chat_id: ctx.chat.id }, 'refresh from Telegram failed');
        await replyHtml(ctx, ctx.t('refresh-error')).catch(() => undefined);
      } finally {
        refreshing = false;
      }
    })();
  });

  admins.command('stats', (ctx) => {
    const { t, locale } = ctx;
    const now = app.now();
    const tz = app.config.DEFAULT_TIMEZONE;
    const start = localDayRange(localDate(now, tz), tz).start;
    const subs = app.stores.subscribers.counts();
    const today = app.stores.items.countSince(start);
    const briefings = app.stores.deliveries.countSentSince(start);
    const last = app.stores.runs.last();
    const lastLine = last
      ? t('stats-last-run', { when: escapeHtml(formatInstant(last.finishedAt, t, locale)), fetched: last.fetched, feeds: last.feeds, failed: last.failed, new: last.newItems, relevant: last.relevant })
      : t('never');
    return replyHtml(ctx, [
      t('stats-title', { zone: escapeHtml(tz) }),
      t('stats-subscribers', { active: subs.active, inactive: subs.inactive }),
      t('stats-items', { items: today.items, relevant: today.relevant }),
      t('stats-briefings', { count: briefings }),
      t('stats-last-refresh', { last: lastLine }),
      llmLine(app.translator.health(), t),
    ].join('\n'));
  });

  // Reached only when the isAdmin filter said no (the handlers above do not call next).
  composer.command(
    ADMIN_COMMANDS.map((c) => c.command),
    (ctx) => {
      app.logger.warn({ chat_id: ctx.chat?.id, user_id: ctx.from?.id, text: ctx.message?.text?.slice(0, 100) }, 'admin command refused');
      return replyHtml(ctx, adminRefusal(ctx));
    },
  );

  return composer;
}

/**
 * The refusal of an admin command. In a private chat it also gives the person's own user id and how to
 * make it an admin (the id is what ADMIN_IDS takes, and Telegram shows it nowhere); in a group the id
 * would be posted to everyone, so only the refusal is.
 */
export function adminRefusal(ctx: BotContext): string {
  if (ctx.chat?.type !== 'private' || !ctx.from) return ctx.t('admins-only');
  // A string: Fluent would group a number's digits (123,456,789), and the id must be copied exactly.
  return ctx.t('admins-only-your-id', { id: String(ctx.from.id) });
}

/** The LLM's health for /stats: off, or the last outcome, today's tokens against the budget and the cache hits. */
function llmLine(health: TranslatorHealth, t: Translate): string {
  if (!health.configured) return t('stats-llm-off');
  return t('stats-llm', {
    last: health.last, error: health.lastError ? escapeHtml(health.lastError.slice(0, 120)) : '—',
    tokens: health.tokensToday, budget: health.dailyTokens, translated: health.translated, cached: health.cacheHits, failed: health.failed,
  });
}

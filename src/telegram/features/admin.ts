import { Composer } from 'grammy';
import type { Context } from 'grammy';
import { clipText } from '../../core/clip.js';
import { localDate, localDayRange } from '../../core/local-time.js';
import { formatOrigin, parseOrigin } from '../../core/origin.js';
import type { FeedRow } from '../../db/feed-store.js';
import { parseFeedId, type ManageResult } from '../../services/manage-feeds.js';
import { ADMIN_COMMANDS } from '../commands.js';
import type { FeatureDeps } from '../deps.js';
import { isAdmin } from '../filters.js';
import { actorOf, escapeHtml, formatInstant, replyHtml, replyLines } from '../reply.js';

export const ADMINS_ONLY = 'This command is for admins.';

const feedLabel = (f: Pick<FeedRow, 'id' | 'name' | 'title' | 'url'>) => `#${f.id} ${escapeHtml(f.name ?? f.title ?? f.url)}`;

/** Admin commands behind the isAdmin filter; everyone else gets one refusal line, and the attempt is logged. */
export function adminFeature(deps: FeatureDeps): Composer<Context> {
  const { app } = deps;
  const composer = new Composer<Context>();
  const admins = composer.filter(isAdmin(deps.adminIds));
  let refreshing = false;

  admins.command('addfeed', async (ctx) => {
    const [url, ...nameParts] = ctx.match.trim().split(/\s+/);
    if (!url) return replyHtml(ctx, 'Give the feed URL, e.g. <code>/addfeed https://example.com/rss.xml Example News</code>.');
    await ctx.replyWithChatAction('typing').catch(() => undefined);
    const result = await app.feedManager.add(url, { name: nameParts.join(' ') || null, actor: actorOf(ctx) });
    if (!result.ok) return replyHtml(ctx, `Not added: ${escapeHtml(result.error.message)}.`);
    const { feed, items, relevant } = result.value;
    app.logger.info({ feed_id: feed.id, actor: actorOf(ctx) }, 'feed added from Telegram');
    return replyHtml(ctx, `Added ${feedLabel(feed)}: ${items} items found, ${relevant} look relevant.`);
  });

  const change = (command: string, run: (id: number, actor: string) => ManageResult<FeedRow>, done: string) =>
    admins.command(command, (ctx) => {
      const id = parseFeedId(ctx.match);
      if (!id.ok) return replyHtml(ctx, `${escapeHtml(id.error.message)}, e.g. <code>/${command} 12</code>.`);
      const result = run(id.value, actorOf(ctx));
      if (!result.ok) return replyHtml(ctx, `Nothing changed: ${escapeHtml(result.error.message)}.`);
      return replyHtml(ctx, `${done} ${feedLabel(result.value)}.`);
    });
  change('removefeed', (id, actor) => app.feedManager.remove(id, actor), 'Removed');
  change('pausefeed', (id, actor) => app.feedManager.disable(id, actor), 'Paused');
  change('resumefeed', (id, actor) => app.feedManager.enable(id, actor), 'Resumed');

  admins.command('setorigin', (ctx) => {
    const [idArg, ...rest] = ctx.match.trim().split(/\s+/);
    const id = parseFeedId(idArg);
    const origin = parseOrigin(rest.join(' '));
    if (!id.ok || !origin.ok) {
      const why = !id.ok ? id.error.message : !origin.ok ? origin.message : '';
      return replyHtml(ctx, `${escapeHtml(why)}, e.g. <code>/setorigin 12 CN state</code> or <code>/setorigin 3 US</code>.`);
    }
    const result = app.feedManager.setOrigin(id.value, origin.value, actorOf(ctx));
    if (!result.ok) return replyHtml(ctx, `Nothing changed: ${escapeHtml(result.error.message)}.`);
    return replyHtml(ctx, `${feedLabel(result.value)}: ${escapeHtml(formatOrigin(origin.value.origin, origin.value.stateMedia))}.`);
  });

  admins.command('feeds', (ctx) => {
    const feeds = app.feedManager.list();
    if (feeds.length === 0) return replyHtml(ctx, 'No feeds. Add one with /addfeed.');
    const blocks = feeds.map((f) => {
      const share = f.itemCount ? `${Math.round((100 * f.relevantCount) / f.itemCount)}%` : '—';
      const error = f.consecutiveErrors ? `\n    ⚠️ ${f.consecutiveErrors} errors in a row${f.lastError ? `: ${escapeHtml(clipText(f.lastError, 200))}` : ''}` : '';
      const warning = f.lastWarning ? `\n    ℹ️ ${escapeHtml(clipText(f.lastWarning, 200))}` : '';
      return `${f.enabled ? '🟢' : '⏸'} <b>${feedLabel(f)}</b> ${escapeHtml(formatOrigin(f.origin, f.stateMedia))}\n    last success ${formatInstant(f.lastSuccessAt)} · ${f.itemCount} items · ${share} relevant${error}${warning}`;
    });
    return replyLines(ctx, [`<b>${feeds.length} feeds</b> (${feeds.filter((f) => f.enabled).length} enabled)`, ...blocks]);
  });

  admins.command('refresh', async (ctx) => {
    if (refreshing) return replyHtml(ctx, 'A refresh is already running.');
    refreshing = true;
    await replyHtml(ctx, 'Refreshing all feeds…');
    // Not awaited by the update loop: other chats keep getting answers while feeds are fetched.
    void (async () => {
      try {
        const report = await app.refresher.refresh({ all: true });
        const t = report.totals;
        const failed = report.feeds.filter((f) => f.status === 'failed').slice(0, 10).map((f) => `• #${f.feedId} ${escapeHtml(f.title ?? f.url)}: ${escapeHtml(f.error ?? 'failed')}`);
        await replyLines(ctx, [
          `<b>Refresh done</b> in ${(t.ms / 1000).toFixed(1)} s: ${t.feeds} feeds, ${t.fetched} fetched, ${t.notModified} unchanged, ${t.failed} failed; ${t.newItems} new items, ${t.relevant} relevant.`,
          ...failed,
        ]);
      } catch (error) {
        app.logger.error({ err: error, chat_id: ctx.chat.id }, 'refresh from Telegram failed');
        await replyHtml(ctx, 'The refresh failed; see the logs.').catch(() => undefined);
      } finally {
        refreshing = false;
      }
    })();
  });

  admins.command('stats', (ctx) => {
    const now = app.now();
    const tz = app.config.DEFAULT_TIMEZONE;
    const start = localDayRange(localDate(now, tz), tz).start;
    const subs = app.stores.subscribers.counts();
    const today = app.stores.items.countSince(start);
    const briefings = app.stores.deliveries.countSentSince(start);
    const last = app.stores.runs.last();
    const lastLine = last
      ? `${formatInstant(last.finishedAt)}: ${last.fetched}/${last.feeds} fetched, ${last.failed} failed, ${last.newItems} new, ${last.relevant} relevant`
      : 'never';
    return replyHtml(ctx, [
      `<b>Stats</b> (today since 00:00 ${escapeHtml(tz)})`,
      `Subscribers: ${subs.active} active, ${subs.inactive} inactive`,
      `Items today: ${today.items}, relevant ${today.relevant}`,
      `Briefings sent today: ${briefings}`,
      `Last refresh: ${lastLine}`,
    ].join('\n'));
  });

  // Reached only when the isAdmin filter said no (the handlers above do not call next).
  composer.command(
    ADMIN_COMMANDS.map((c) => c.command),
    (ctx: Context) => {
      app.logger.warn({ chat_id: ctx.chat?.id, user_id: ctx.from?.id, text: ctx.message?.text?.slice(0, 100) }, 'admin command refused');
      return replyHtml(ctx, ADMINS_ONLY);
    },
  );

  return composer;
}

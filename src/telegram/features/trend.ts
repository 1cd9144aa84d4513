import { Composer, InputFile } from 'grammy';
import { MAX_TREND_WEEKS, parseTrendWeeks } from '../../core/trend.js';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { replyHtml } from '../reply.js';

/** /trend [weeks]: the picture of the weeks as a PNG, with a caption stating the latest change. */
export function trendFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();

  composer.command('trend', async (ctx) => {
    const parsed = parseTrendWeeks(ctx.match);
    if (!parsed.ok) return replyHtml(ctx, ctx.t('trend-bad-weeks', { max: MAX_TREND_WEEKS }));
    await ctx.replyWithChatAction('upload_photo').catch(() => undefined);
    // The chat's language (stored per chat, or the speaker's Telegram language the first time).
    const chart = await app.trend.chart(parsed.weeks, ctx.locale);
    app.logger.debug({ chat_id: ctx.chat.id, weeks: parsed.weeks, cached: chart.cached, bytes: chart.png.length }, 'trend chart sent');
    await ctx.replyWithPhoto(new InputFile(chart.png, 'trend.png'), { caption: chart.caption.slice(0, 1024) });
  });

  return composer;
}

import { Composer, InputFile } from 'grammy';
import type { Context } from 'grammy';
import { MAX_TREND_WEEKS, parseTrendWeeks, type TrendLocale } from '../../core/trend.js';
import type { FeatureDeps } from '../deps.js';
import { replyHtml } from '../reply.js';

/** The chart's language from the user's Telegram language (en, id, ru, zh; English otherwise). */
export function trendLocaleOf(languageCode: string | undefined): TrendLocale {
  const primary = (languageCode ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'id' || primary === 'ru' || primary === 'zh' ? primary : 'en';
}

/** /trend [weeks]: the picture of the weeks as a PNG, with a caption stating the latest change. */
export function trendFeature(deps: FeatureDeps): Composer<Context> {
  const { app } = deps;
  const composer = new Composer<Context>();

  composer.command('trend', async (ctx) => {
    const parsed = parseTrendWeeks(ctx.match);
    if (!parsed.ok) return replyHtml(ctx, `Give a number of weeks from 1 to ${MAX_TREND_WEEKS}, e.g. <code>/trend 26</code> (default 12).`);
    await ctx.replyWithChatAction('upload_photo').catch(() => undefined);
    const chart = await app.trend.chart(parsed.weeks, trendLocaleOf(ctx.from?.language_code));
    app.logger.debug({ chat_id: ctx.chat.id, weeks: parsed.weeks, cached: chart.cached, bytes: chart.png.length }, 'trend chart sent');
    await ctx.replyWithPhoto(new InputFile(chart.png, 'trend.png'), { caption: chart.caption.slice(0, 1024) });
  });

  return composer;
}

import { Composer, InlineKeyboard } from 'grammy';
import { clipText } from '../../core/clip.js';
import { isLocale, LOCALES, type Locale } from '../../core/locale.js';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { canManageChat } from '../filters.js';
import { actorOf, escapeHtml, replyHtml } from '../reply.js';

const BUTTON = /^lang:([a-z]{2})$/;

/** Names a reader might type after /language, besides the codes: English and native names. */
const NAMES: Record<string, Locale> = {
  english: 'en', inggris: 'en', 'английский': 'en', '英语': 'en', '英文': 'en',
  indonesian: 'id', indonesia: 'id', 'bahasa': 'id', 'индонезийский': 'id', '印尼语': 'id', in: 'id',
  russian: 'ru', rusia: 'ru', 'русский': 'ru', '俄语': 'ru', '俄文': 'ru',
  chinese: 'zh', mandarin: 'zh', '中文': 'zh', '汉语': 'zh', '简体中文': 'zh', '繁體中文': 'zh', 'китайский': 'zh', 'zh-hans': 'zh', 'zh-hant': 'zh', 'zh-cn': 'zh', 'zh-tw': 'zh',
};

/** `/language` argument: a code (ru), a tag (en-GB, zh-Hant) or a language's name; null when unknown. */
export function parseLocaleArg(arg: string): Locale | null {
  const s = arg.trim().toLowerCase().replace(/_/g, '-');
  if (isLocale(s)) return s;
  if (NAMES[s]) return NAMES[s];
  if (s === 'bahasa indonesia') return 'id'; // i18n-exempt: what a reader may type
  const primary = s.split('-')[0]!;
  return /^[a-z]{2}-[a-z0-9-]+$/.test(s) && isLocale(primary) ? primary : null;
}

/** The language picker: each language in its own name, the current one marked. */
export function languageKeyboard(current: Locale, t: BotContext['t']): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const locale of LOCALES) kb.text(`${locale === current ? '• ' : ''}${t(`language-native-${locale}`)}`, `lang:${locale}`);
  return kb;
}

/** /language (buttons) and /language ru: private chats for themselves, groups by their admins. */
export function languageFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();

  function save(ctx: BotContext, locale: Locale): void {
    const chat = ctx.chat!;
    app.stores.subscribers.setLocale({
      chatId: chat.id, chatType: chat.type, title: 'title' in chat ? chat.title ?? null : null, locale,
      digestTime: app.config.DIGEST_TIME, timezone: app.config.DEFAULT_TIMEZONE, now: app.now(),
    });
    if (chat.type !== 'private') app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.locale', detail: `${chat.id} ${locale}`, at: app.now() });
    app.logger.info({ chat_id: chat.id, locale }, 'chat language set');
    ctx.locale = locale;
  }

  composer.command('language', async (ctx) => {
    const arg = ctx.match.trim();
    if (!arg) return replyHtml(ctx, ctx.t('language-current', { language: ctx.t(`language-${ctx.locale}`) }), languageKeyboard(ctx.locale, ctx.t));
    const locale = parseLocaleArg(arg);
    if (!locale) return replyHtml(ctx, ctx.t('language-unknown', { value: escapeHtml(clipText(arg, 40)) }));
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admins-only'));
    save(ctx, locale);
    return replyHtml(ctx, ctx.t('language-set', { language: ctx.t(`language-${locale}`) }));
  });

  composer.callbackQuery(BUTTON, async (ctx) => {
    const value = BUTTON.exec(ctx.callbackQuery.data)?.[1];
    if (!isLocale(value) || !ctx.chat) {
      await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
      return;
    }
    if (!(await canManageChat(ctx))) {
      await ctx.answerCallbackQuery({ text: ctx.t('group-admins-only'), show_alert: true });
      return;
    }
    save(ctx, value);
    const done = ctx.t('language-set', { language: ctx.t(`language-${value}`) });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(done, { parse_mode: 'HTML' }).catch((error: unknown) => {
      app.logger.debug({ chat_id: ctx.chat?.id, err: error }, 'language message not edited');
    });
  });

  return composer;
}

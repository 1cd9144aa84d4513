import type { Context } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { packMessages } from '../core/compose.js';
import { formatInstantIn, type Locale, type Translate } from '../core/locale.js';
import { ORIGIN_FLAG, ORIGINS, type Origin } from '../core/origin.js';
import { escapeHtml } from '../core/telegram-html.js';

export { escapeHtml };

/** Reply in HTML with link previews off; several parts go one after another, the keyboard under the last. */
export async function replyHtml(ctx: Context, html: string | string[], keyboard?: InlineKeyboardMarkup): Promise<void> {
  const parts = typeof html === 'string' ? [html] : html;
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    await ctx.reply(parts[i]!, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}

/** Reply with lines of HTML, packed into messages under Telegram's limits. */
export function replyLines(ctx: Context, blocks: string[], separator = '\n'): Promise<void> {
  return replyHtml(ctx, packMessages(blocks, separator));
}

/** A short date-time in UTC, written for the locale ("never" when there is none). */
export function formatInstant(date: Date | null | undefined, t: Translate, locale: Locale): string {
  if (!date) return t('never');
  return formatInstantIn(date, 'UTC', locale);
}

/** "🇨🇳 CN · state" with the state flag in the reader's language. */
export function originLabel(origin: string | null, stateMedia: boolean, t: Translate): string {
  if (!origin) return `❔ ${t('origin-unset')}`;
  const o: Origin = (ORIGINS as readonly string[]).includes(origin ?? '') ? (origin as Origin) : 'other';
  return `${ORIGIN_FLAG[o]} ${o}${stateMedia ? ` · ${t('origin-state')}` : ''}`;
}

/** Who did it, for the audit log. */
export function actorOf(ctx: Context): string {
  const from = ctx.from;
  if (!from) return 'telegram:unknown';
  return `telegram:${from.id}${from.username ? `(@${from.username})` : ''}`;
}

import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { replyHtml } from '../reply.js';

/** Registered last: unknown commands, and free text in private chats, get a one-line hint. */
export function fallbackFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message:text', (ctx) => {
    const text = ctx.message.text;
    if (ctx.chat.type !== 'private') {
      // In groups, stay quiet unless it is a command meant for us.
      const m = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
      if (!m || (m[1] && m[1].toLowerCase() !== ctx.me.username.toLowerCase())) return;
    }
    return replyHtml(ctx, ctx.t('fallback-hint'));
  });
  composer.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-expired') }));
  return composer;
}

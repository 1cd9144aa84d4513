import { Composer } from 'grammy';
import type { Context } from 'grammy';
import { replyHtml } from '../reply.js';

export const FALLBACK_HINT = "I don't know that one. Send /help to see what I can do.";

/** Registered last: unknown commands, and free text in private chats, get a one-line hint. */
export function fallbackFeature(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:text', (ctx) => {
    const text = ctx.message.text;
    if (ctx.chat.type !== 'private') {
      // In groups, stay quiet unless it is a command meant for us.
      const m = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
      if (!m || (m[1] && m[1].toLowerCase() !== ctx.me.username.toLowerCase())) return;
    }
    return replyHtml(ctx, FALLBACK_HINT);
  });
  composer.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: 'This button is no longer valid.' }));
  return composer;
}

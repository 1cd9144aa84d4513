import { Composer } from 'grammy';
import type { Context } from 'grammy';
import type { FeatureDeps } from '../deps.js';

/**
 * Chat lifecycle that Telegram reports as service updates: a group upgraded to a supergroup moves
 * its subscription to the new id; a bot removed from a chat (or blocked in private) stops sending.
 */
export function membershipFeature(deps: FeatureDeps): Composer<Context> {
  const { app } = deps;
  const composer = new Composer<Context>();

  composer.on('message:migrate_to_chat_id', (ctx) => {
    const from = ctx.chat.id;
    const to = ctx.message.migrate_to_chat_id;
    if (!app.stores.subscribers.get(from)) return;
    app.stores.subscribers.migrate(from, to, app.now());
    app.logger.info({ chat_id: from, new_chat_id: to }, 'group upgraded to a supergroup; subscription moved');
  });

  composer.on('my_chat_member', (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status !== 'kicked' && status !== 'left') return;
    const chatId = ctx.myChatMember.chat.id;
    const sub = app.stores.subscribers.get(chatId);
    if (!sub?.active) return;
    const reason = status === 'kicked' ? 'bot removed or blocked' : 'bot left the chat'; // i18n-exempt: stored reason for operators
    app.stores.subscribers.deactivate(chatId, reason, app.now());
    app.logger.info({ chat_id: chatId, status }, 'bot removed from chat; subscription paused');
  });

  return composer;
}

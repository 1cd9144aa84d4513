import { Composer, InlineKeyboard } from 'grammy';
import { ADMIN_COMMANDS, exampleOf, READER_COMMANDS, type CommandSpec } from '../commands.js';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { isAdmin } from '../filters.js';
import { escapeHtml, replyHtml } from '../reply.js';

export const SUBSCRIBE_BUTTON = 'sub:on';

/** /start and /help. */
export function startFeature(deps: FeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = isAdmin(deps.adminIds);

  composer.command('start', (ctx) => replyHtml(ctx, ctx.t('start-intro'), new InlineKeyboard().text(ctx.t('start-subscribe-button'), SUBSCRIBE_BUTTON)));

  composer.command('help', (ctx) => {
    const line = (c: CommandSpec) => `/${c.command} — ${escapeHtml(ctx.t(`cmd-${c.command}`))}\n    <i>${ctx.t('help-example')}</i> <code>${escapeHtml(exampleOf(c, ctx.t))}</code>`;
    const blocks = [ctx.t('help-heading'), ...READER_COMMANDS.map(line)];
    if (admin(ctx)) blocks.push(ctx.t('help-admin-heading'), ...ADMIN_COMMANDS.map(line));
    blocks.push(ctx.t('help-story-ids'));
    return replyHtml(ctx, blocks.join('\n'));
  });

  return composer;
}

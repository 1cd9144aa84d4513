import { Composer, InlineKeyboard } from 'grammy';
import type { Context } from 'grammy';
import { ADMIN_COMMANDS, READER_COMMANDS } from '../commands.js';
import type { FeatureDeps } from '../deps.js';
import { isAdmin } from '../filters.js';
import { escapeHtml, replyHtml } from '../reply.js';

export const SUBSCRIBE_BUTTON = 'sub:on';

/** /start and /help. */
export function startFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const admin = isAdmin(deps.adminIds);

  composer.command('start', (ctx) =>
    replyHtml(
      ctx,
      '<b>Troika</b> briefs you on AI cooperation and competition between the United States, China and Russia.\n' +
        'One short daily briefing from news in English, Russian, Chinese and Indonesian; /help lists the commands.',
      new InlineKeyboard().text('Subscribe', SUBSCRIBE_BUTTON),
    ),
  );

  composer.command('help', (ctx) => {
    const line = (c: { command: string; description: string; example: string }) => `/${c.command} — ${escapeHtml(c.description)}\n    <i>e.g.</i> <code>${escapeHtml(c.example)}</code>`;
    const blocks = ['<b>Commands</b>', ...READER_COMMANDS.map(line)];
    if (admin(ctx)) blocks.push('<b>Admin</b>', ...ADMIN_COMMANDS.map(line));
    blocks.push('Stories show their id as <code>#123</code>; use it with /why.');
    return replyHtml(ctx, blocks.join('\n'));
  });

  return composer;
}

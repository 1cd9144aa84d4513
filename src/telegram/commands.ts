import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Logger } from '../logger.js';

/** Commands for everyone: name, menu description, and a /help example. */
export const READER_COMMANDS: ReadonlyArray<BotCommand & { example: string }> = [
  { command: 'start', description: 'What Troika is', example: '/start' },
  { command: 'help', description: 'Every command with an example', example: '/help' },
  { command: 'subscribe', description: 'Get the daily briefing here', example: '/subscribe' },
  { command: 'unsubscribe', description: 'Stop the daily briefing', example: '/unsubscribe' },
  { command: 'settings', description: 'Briefing time, time zone, countries, stances', example: '/settings  ·  /settings time 07:30  ·  /settings tz Asia/Jakarta' },
  { command: 'digest', description: "Today's briefing now", example: '/digest' },
  { command: 'latest', description: 'Newest relevant stories', example: '/latest 10' },
  { command: 'china', description: 'Latest stories involving China', example: '/china' },
  { command: 'russia', description: 'Latest stories involving Russia', example: '/russia' },
  { command: 'usa', description: 'Latest stories involving the US', example: '/usa' },
  { command: 'cooperation', description: 'Latest stories about cooperation', example: '/cooperation' },
  { command: 'competition', description: 'Latest stories about competition', example: '/competition' },
  { command: 'search', description: 'Search relevant stories', example: '/search chips export  ·  /search Сбербанк  ·  /search 芯片' },
  { command: 'trend', description: 'Chart of the last weeks', example: '/trend  ·  /trend 26' },
  { command: 'sources', description: 'The feeds Troika reads', example: '/sources' },
  { command: 'why', description: 'Why a story was picked', example: '/why 123' },
];

/** Admin commands (shown in the menu only to ADMIN_IDS). */
export const ADMIN_COMMANDS: ReadonlyArray<BotCommand & { example: string }> = [
  { command: 'addfeed', description: 'Add a feed', example: '/addfeed https://example.com/rss.xml Example News' },
  { command: 'removefeed', description: 'Remove a feed', example: '/removefeed 12' },
  { command: 'pausefeed', description: 'Pause a feed', example: '/pausefeed 12' },
  { command: 'resumefeed', description: 'Resume a feed', example: '/resumefeed 12' },
  { command: 'feeds', description: 'Feed health', example: '/feeds' },
  { command: 'setorigin', description: "Set a feed's origin (US, CN, RU, ID, other) and state flag", example: '/setorigin 12 CN state' },
  { command: 'refresh', description: 'Fetch all feeds now', example: '/refresh' },
  { command: 'stats', description: 'Subscribers, items, briefings', example: '/stats' },
  { command: 'import', description: 'Add the feeds of an OPML file', example: 'send an .opml file, or reply /import to one' },
  { command: 'export', description: 'All feeds as an OPML file', example: '/export' },
];

const plain = (list: ReadonlyArray<BotCommand>): BotCommand[] => list.map(({ command, description }) => ({ command, description }));

/**
 * Publish the command menu: reader commands for everyone, plus admin commands in each admin's private chat.
 * An admin who never wrote to the bot makes Telegram answer "chat not found" for their scope: that is
 * logged and skipped (it must not stop the bot from starting); the default list still fails loudly.
 */
export async function publishCommands(api: Api, adminIds: readonly number[], logger?: Logger): Promise<void> {
  await api.setMyCommands(plain(READER_COMMANDS));
  for (const id of adminIds) {
    try {
      await api.setMyCommands([...plain(READER_COMMANDS), ...plain(ADMIN_COMMANDS)], { scope: { type: 'chat', chat_id: id } });
    } catch (error) {
      logger?.warn({ user_id: id, err: error }, 'admin command menu not set (has this admin written to the bot?)');
    }
  }
}

import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { LOCALES, DEFAULT_LOCALE, type Translate } from '../core/locale.js';
import type { Translations } from '../i18n/translations.js';
import type { Logger } from '../logger.js';

/**
 * A command: its name, and a /help example. The menu description is the locale's `cmd-<name>`;
 * an example with words in it (`exampleKey`) comes from the locale too, the rest is plain syntax.
 */
export interface CommandSpec {
  command: string;
  example: string;
  exampleKey?: string;
}

/** Commands for everyone. */
export const READER_COMMANDS: ReadonlyArray<CommandSpec> = [
  { command: 'start', example: '/start' },
  { command: 'help', example: '/help' },
  { command: 'subscribe', example: '/subscribe' },
  { command: 'unsubscribe', example: '/unsubscribe' },
  { command: 'channels', example: '/subscribe @yourchannel  ·  /settings @yourchannel  ·  /channels' },
  { command: 'settings', example: '/settings  ·  /settings time 07:30  ·  /settings tz Asia/Jakarta' },
  { command: 'language', example: '/language  ·  /language ru' },
  { command: 'digest', example: '/digest' },
  { command: 'latest', example: '/latest 10' },
  { command: 'china', example: '/china' },
  { command: 'russia', example: '/russia' },
  { command: 'usa', example: '/usa' },
  { command: 'cooperation', example: '/cooperation' },
  { command: 'competition', example: '/competition' },
  { command: 'search', example: '/search chips export', exampleKey: 'cmd-search-example' },
  { command: 'trend', example: '/trend  ·  /trend 26' },
  { command: 'sources', example: '/sources' },
  { command: 'story', example: '/story 42' },
  { command: 'why', example: '/why 123' },
];

/** Admin commands (shown in the menu only to ADMIN_IDS). */
export const ADMIN_COMMANDS: ReadonlyArray<CommandSpec> = [
  { command: 'addfeed', example: '/addfeed https://example.com/rss.xml Example News' },
  { command: 'removefeed', example: '/removefeed 12' },
  { command: 'pausefeed', example: '/pausefeed 12' },
  { command: 'resumefeed', example: '/resumefeed 12' },
  { command: 'feeds', example: '/feeds' },
  { command: 'setorigin', example: '/setorigin 12 CN state' },
  { command: 'refresh', example: '/refresh' },
  { command: 'stats', example: '/stats' },
  { command: 'import', example: '/import', exampleKey: 'cmd-import-example' },
  { command: 'export', example: '/export' },
];

/** The menu entries in a locale. */
export function menuOf(list: ReadonlyArray<CommandSpec>, t: Translate): BotCommand[] {
  return list.map(({ command }) => ({ command, description: t(`cmd-${command}`) }));
}

/** The /help example of a command in a locale. */
export function exampleOf(spec: CommandSpec, t: Translate): string {
  return spec.exampleKey ? t(spec.exampleKey) : spec.example;
}

/**
 * Publish the command menu in every locale (Telegram shows the list matching the user's
 * language_code, the default one otherwise): reader commands for everyone, plus admin commands in
 * each admin's private chat. An admin who never wrote to the bot makes Telegram answer "chat not
 * found" for their scope: that is logged and skipped (it must not stop the bot from starting);
 * the default lists still fail loudly.
 */
export async function publishCommands(api: Api, adminIds: readonly number[], translations: Translations, logger?: Logger): Promise<void> {
  const languages = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const en = translations.translator(DEFAULT_LOCALE);
  await api.setMyCommands(menuOf(READER_COMMANDS, en));
  for (const language of languages) await api.setMyCommands(menuOf(READER_COMMANDS, translations.translator(language)), { language_code: language });
  for (const id of adminIds) {
    try {
      const scope = { type: 'chat' as const, chat_id: id };
      await api.setMyCommands([...menuOf(READER_COMMANDS, en), ...menuOf(ADMIN_COMMANDS, en)], { scope });
      for (const language of languages) {
        const t = translations.translator(language);
        await api.setMyCommands([...menuOf(READER_COMMANDS, t), ...menuOf(ADMIN_COMMANDS, t)], { scope, language_code: language });
      }
    } catch (error) {
      logger?.warn({ user_id: id, err: error }, 'admin command menu not set (has this admin written to the bot?)');
    }
  }
}

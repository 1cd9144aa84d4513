import { botTokenPattern, type Config } from '../config.js';

export class TokenError extends Error {
  override name = 'TokenError';
}

/** The bot token, or a clear explanation of how to get one. */
export function requireBotToken(config: Config): string {
  const token = config.BOT_TOKEN?.trim();
  if (!token) throw new TokenError('BOT_TOKEN is not set. Create a bot with @BotFather in Telegram (/newbot), then run: BOT_TOKEN=123456:ABC... npm start');
  if (!botTokenPattern.test(token)) throw new TokenError('BOT_TOKEN does not look like a bot token (expected 123456789:AA... as given by @BotFather in Telegram)');
  return token;
}

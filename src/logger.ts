import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stderr, or in `file`, started afresh (the console keeps them out of its
 * chat transcript); secrets redacted wherever they appear in a log object.
 */
export function createLogger(level: string, secrets: Array<string | undefined> = [], file?: string): Logger {
  const known = secrets.filter((s): s is string => Boolean(s && s.length >= 8));
  return pino(
    {
      level,
      redact: {
        paths: ['token', 'botToken', 'secret', 'webhookSecret', '*.token', '*.secret', 'config.BOT_TOKEN', 'config.WEBHOOK_SECRET', 'config.LLM_API_KEY', 'apiKey', '*.apiKey', 'headers["x-telegram-bot-api-secret-token"]'],
        censor: '[redacted]',
      },
      hooks: {
        // Secrets can hide inside free text too (an error message quoting a URL with the token).
        streamWrite: known.length
          ? (line) => known.reduce((acc, secret) => acc.split(secret).join('[redacted]'), line)
          : undefined,
      },
    },
    file ? pino.destination({ dest: file, sync: true, append: false }) : pino.destination(2),
  );
}

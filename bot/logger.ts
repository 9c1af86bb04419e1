import pino, { type Logger, type DestinationStream } from 'pino';

/**
 * Paths that may carry secrets, message text or citizen identity. Handlers log ids and labels only,
 * but anything that slips into these fields is censored rather than written.
 */
export const REDACT_PATHS = [
  'text', '*.text', '*.*.text',
  'message', '*.message.text',
  'report', '*.report',
  'note', '*.note', 'resolution', '*.resolution',
  'displayName', '*.displayName', 'userId', '*.userId', 'chatId', '*.chatId',
  'username', '*.username', 'phone', '*.phone',
  'token', '*.token', 'password', '*.password', 'secret', '*.secret',
  'apiKey', '*.apiKey', 'authorization', '*.authorization',
  'headers.authorization', 'headers.cookie', 'req.headers.authorization', 'req.headers.cookie',
  'req.headers["x-telegram-bot-api-secret-token"]', 'req.headers["x-bot-api-secret-token"]',
];

export function createLogger(opts: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: opts.level ?? process.env.LOG_LEVEL ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: undefined,
    },
    opts.destination,
  );
}

export type { Logger };

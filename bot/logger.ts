import pino, { type Logger, type DestinationStream } from 'pino';
import PinoPretty from 'pino-pretty';

/**
 * Paths that may carry secrets, message text or citizen identity. Handlers log ids and labels only,
 * but anything that slips into these fields is censored rather than written.
 */
export const REDACT_PATHS = [
  'text',
  '*.text',
  '*.*.text',
  'message',
  '*.message.text',
  'report',
  '*.report',
  'note',
  '*.note',
  'resolution',
  '*.resolution',
  'displayName',
  '*.displayName',
  'userId',
  '*.userId',
  'chatId',
  '*.chatId',
  'username',
  '*.username',
  'phone',
  '*.phone',
  'token',
  '*.token',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-bot-api-secret-token"]',
];

/** `pretty`: readable lines for a person at a terminal; `json`: one JSON object a line, for collectors and pipes. */
export type LogFormat = 'pretty' | 'json';

/** The format for an output stream: readable when a person watches it (a terminal), JSON otherwise. */
export function logFormatFor(out: { isTTY?: boolean }): LogFormat {
  return out.isTTY ? 'pretty' : 'json';
}

/**
 * The process's logger. Without a destination it writes to stdout in the format stdout calls for. Redaction
 * happens before formatting, so both formats censor the same fields.
 */
export function createLogger(opts: { level?: string; destination?: DestinationStream; format?: LogFormat } = {}): Logger {
  const format = opts.format ?? (opts.destination ? 'json' : logFormatFor(process.stdout));
  const destination =
    format === 'pretty'
      ? PinoPretty({
          destination: opts.destination ?? 1,
          sync: true,
          colorize: !opts.destination,
          translateTime: 'SYS:HH:MM:ss',
          ignore: 'pid,hostname',
        })
      : opts.destination;
  return pino(
    {
      level: opts.level ?? process.env.LOG_LEVEL ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: undefined,
    },
    destination,
  );
}

export type { Logger };

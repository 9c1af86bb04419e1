// Telegram webhook calls through grammY's webhookCallback, on plain node:http with a bounded body.
import type http from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import { readWebhookJson, WebhookBodyError } from '../webhook-body.js';

/** Largest webhook body accepted; real updates are a few KB. */
const WEBHOOK_BODY_LIMIT = 1_000_000;

function isUpdate(body: unknown): body is Update {
  return Boolean(body) && typeof body === 'object' && !Array.isArray(body) && typeof (body as Update).update_id === 'number';
}

/** grammY's node http adapter with a body limit; grammY reads the body only after the secret matched. */
function limitedHttp(limit: number) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const h = req.headers['x-telegram-bot-api-secret-token'];
    return {
      get update() {
        return readWebhookJson(req, res, limit).then((body) => {
          // grammY expects an Update object; anything else (null, arrays, numbers) is a bad request.
          if (!isUpdate(body)) throw new WebhookBodyError(400);
          return body;
        });
      },
      header: Array.isArray(h) ? h[0] : h,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      unauthorized: () => res.writeHead(401).end('"unauthorized"'),
    };
  };
}

export function telegramWebhookHandler(
  bot: Bot,
  secret: string,
  log: Logger,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const cb = webhookCallback(bot, limitedHttp(WEBHOOK_BODY_LIMIT), {
    secretToken: secret,
    // Answers can take longer than Telegram waits; reply 200 and keep handling rather than
    // letting Telegram redeliver the update.
    onTimeout: 'return',
    timeoutMilliseconds: 8000,
  });
  return (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    Promise.resolve(cb(req, res)).catch((err: unknown) => {
      const status = (err as { status?: number }).status ?? 500;
      log.warn({ status, err: err instanceof Error ? err.message : 'error' }, 'telegram webhook request failed');
      if (!res.headersSent) res.writeHead(status).end();
    });
  };
}

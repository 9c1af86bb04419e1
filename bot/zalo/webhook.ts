// Zalo webhook calls: secret checked, body bounded and validated, acknowledged before the update is handled.
import type http from 'node:http';
import type { Logger } from '../logger.js';
import { safeEqual } from '../web/http.js';
import { readWebhookJson } from '../webhook-body.js';
import { webhookBodySchema, type ZaloUpdate } from './schemas.js';

const ZALO_SECRET_HEADER = 'x-bot-api-secret-token';

export interface ZaloWebhookOptions {
  secret: string;
  maxBodyBytes: number;
  running: () => boolean;
  log: Logger;
}

function reply(res: http.ServerResponse, status: number, body: object): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The status refusing a call before its body is read, or undefined when the body may be read. */
function refusalOf(req: http.IncomingMessage, o: ZaloWebhookOptions): number | undefined {
  if (req.method !== 'POST') return 405;
  const given = req.headers[ZALO_SECRET_HEADER];
  if (typeof given !== 'string' || !safeEqual(given, o.secret)) {
    o.log.warn('Zalo webhook call with a wrong or missing secret');
    return 401;
  }
  return o.running() ? undefined : 503;
}

export function receiveWebhook(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  o: ZaloWebhookOptions,
  dispatch: (u: ZaloUpdate) => void,
): void {
  const refused = refusalOf(req, o);
  if (refused) {
    req.resume();
    return reply(res, refused, { ok: false });
  }
  readWebhookJson(req, res, o.maxBodyBytes).then(
    (body) => {
      const parsed = webhookBodySchema.safeParse(body);
      if (!parsed.success) return reply(res, 400, { ok: false });
      // Acknowledge first; the conversation may take seconds.
      reply(res, 200, { ok: true });
      dispatch(parsed.data);
    },
    (err: unknown) => reply(res, (err as { status?: number }).status ?? 400, { ok: false }),
  );
}

// The body of a platform's webhook call (Telegram, Zalo), read only after the caller checked the secret.
import type http from 'node:http';

/** A webhook body refused: 413 over the size limit, 400 when it is not JSON or the request broke off. */
export class WebhookBodyError extends Error {
  constructor(public readonly status: 400 | 413) {
    super(status === 413 ? 'body too large' : 'invalid JSON');
    this.name = 'WebhookBodyError';
  }
}

/**
 * Parses a JSON body of at most `limit` bytes. Over the limit the rest is still read and dropped, with
 * the connection marked to close, so the sender gets the 413 rather than a reset.
 */
export function readWebhookJson(req: http.IncomingMessage, res: http.ServerResponse, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const refuseTooLarge = () => {
      res.setHeader('connection', 'close');
      reject(new WebhookBodyError(413));
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      return refuseTooLarge();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      if (tooLarge) return;
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      tooLarge = true;
      chunks.length = 0;
      refuseTooLarge();
    });
    req.once('error', () => reject(new WebhookBodyError(400)));
    req.once('end', () => {
      if (tooLarge) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new WebhookBodyError(400));
      }
    });
  });
}

// Small node:http helpers for the web server: cookies, bodies with a size limit, JSON replies, security headers.
import type http from 'node:http';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const BODY_LIMIT_BYTES = 64 * 1024;

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Constant-time comparison of two strings of any length. */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

export function parseCookies(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    try {
      out[name] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // A malformed cookie is ignored rather than failing the request.
    }
  }
  return out;
}

/**
 * The client's address. Behind `trustedProxies` reverse proxies, each of which appends the address it
 * saw to X-Forwarded-For, the client is that many entries from the right; entries further left are
 * whatever the client wrote and are never trusted. Without trusted proxies the header is ignored.
 */
export function clientAddress(req: http.IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? '?';
  if (trustedProxies <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!hops.length) return socket;
  return hops[Math.max(0, hops.length - trustedProxies)];
}

/** The hostname of the Host header, lower-cased, without port or IPv6 brackets. */
export function requestHostname(req: http.IncomingMessage): string {
  const host = String(req.headers.host ?? '')
    .trim()
    .toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']') > 0 ? host.indexOf(']') : undefined);
  return host.replace(/:\d*$/, '');
}

/** `value.signature`: a value only this server (holder of `secret`) can have issued. */
export function signValue(secret: Buffer, value: string): string {
  return `${value}.${createHmac('sha256', secret).update(value).digest('base64url').slice(0, 32)}`;
}

/** The value of a signed token, or undefined when the signature is not ours. */
export function verifySigned(secret: Buffer, token: string | undefined): string | undefined {
  if (!token) return undefined;
  const i = token.lastIndexOf('.');
  if (i <= 0) return undefined;
  const value = token.slice(0, i);
  return safeEqual(signValue(secret, value), token) ? value : undefined;
}

/** True when the client reached us over https (directly or through a proxy that says so). */
export function isHttps(req: http.IncomingMessage): boolean {
  const proto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    .trim()
    .toLowerCase();
  return proto === 'https' || Boolean((req.socket as { encrypted?: boolean }).encrypted);
}

export function cookie(
  name: string,
  value: string,
  o: { path: string; sameSite: 'Lax' | 'Strict'; secure: boolean; maxAgeSec?: number },
): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${o.path}`, 'HttpOnly', `SameSite=${o.sameSite}`];
  if (o.maxAgeSec !== undefined) parts.push(`Max-Age=${o.maxAgeSec}`);
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}

export function appendSetCookie(res: http.ServerResponse, value: string): void {
  const prev = res.getHeader('set-cookie');
  const list = Array.isArray(prev) ? prev : prev ? [String(prev)] : [];
  res.setHeader('set-cookie', [...list, value]);
}

export function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader(
    'content-security-policy',
    "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  // 'same-origin' (not 'no-referrer'): with no-referrer Chrome sends `Origin: null` on form posts, which sameOrigin() refuses.
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(data);
}

export function sendHtml(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/** Reads the whole body, refusing more than `limit` bytes with HttpError 413. */
export async function readBody(req: http.IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'Nội dung gửi lên quá lớn.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'Nội dung gửi lên quá lớn.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '');
  // Requiring JSON also forces a CORS preflight for cross-site scripts.
  if (!type.toLowerCase().startsWith('application/json')) throw new HttpError(415, 'Yêu cầu phải gửi dạng JSON.');
  const buf = await readBody(req);
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    throw new HttpError(400, 'Dữ liệu gửi lên không hợp lệ.');
  }
}

export async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const buf = await readBody(req);
  return new URLSearchParams(buf.toString('utf8'));
}

/** Rejects cross-site POSTs from browsers that send an Origin header. */
export function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return origin !== 'null';
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

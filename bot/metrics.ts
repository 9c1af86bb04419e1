// Prometheus metrics for GET /metrics (prom-client). The registry is created here and passed around, never
// global. Every label value comes from a closed set the code defines (channel, message kind, triage label,
// outcome, fallback reason); nothing a person wrote or any platform id can become a label.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Channel, OutgoingKind, StreamingAnswerer, Triage, TriageLabel } from '../handlers/types.js';

const PREFIX = 'tro_ly_';

/** What the gauges read at scrape time. */
export interface MetricSources {
  /** Cases not closed, by status, and when the oldest unclaimed one was opened (ms). */
  queue(): { open: number; claimed: number; oldestOpenAt?: number };
  outboxPending(): number;
  /** Newest backup, or undefined when there is none or backups are not configured. */
  lastBackupAt?(): Date | undefined;
  now?: () => number;
}

export interface AppMetrics {
  registry: Registry;
  messageIn(channel: Channel): void;
  messageOut(channel: Channel, kind: OutgoingKind): void;
  sendRetry(channel: Channel): void;
  /** The answerer, timed and counted by outcome (answer or abstain). */
  timedAnswerer(answer: StreamingAnswerer): StreamingAnswerer;
  /** The triage, counting each label it gives. */
  countedTriage<T extends Triage>(triage: T): T;
  /** One generative answer attempt: generated, or fell back to the extractive answer for `reason`. */
  llmAnswer(outcome: 'generated' | 'fallback', reason?: string): void;
  backupFinished(ok: boolean): void;
}

/** Fallback reasons are code constants; anything else is counted as 'other' so a label can never carry free text. */
const LLM_REASONS = new Set(['timeout', 'breaker_open', 'http', 'network', 'empty', 'other', 'no_hits', 'no_valid_citation', 'error']);

export function createMetrics(sources: MetricSources): AppMetrics {
  const registry = new Registry();
  const now = sources.now ?? Date.now;
  collectDefaultMetrics({ register: registry, prefix: PREFIX });

  const messagesIn = new Counter({
    name: `${PREFIX}messages_received_total`,
    help: 'Incoming messages accepted, by channel',
    labelNames: ['channel'],
    registers: [registry],
  });
  const messagesOut = new Counter({
    name: `${PREFIX}messages_sent_total`,
    help: 'Messages the platform accepted, by channel and kind',
    labelNames: ['channel', 'kind'],
    registers: [registry],
  });
  const retries = new Counter({
    name: `${PREFIX}outbox_send_retries_total`,
    help: 'Failed sends that stay queued for a retry',
    labelNames: ['channel'],
    registers: [registry],
  });
  const answerSeconds = new Histogram({
    name: `${PREFIX}answer_duration_seconds`,
    help: 'Time to answer a question (retrieval, and generation when an LLM is configured), by outcome',
    labelNames: ['outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    registers: [registry],
  });
  const triageLabels = new Counter({
    name: `${PREFIX}triage_total`,
    help: 'Triage decisions on citizen messages, by label',
    labelNames: ['label'],
    registers: [registry],
  });
  const llm = new Counter({
    name: `${PREFIX}llm_answers_total`,
    help: 'Generative answer attempts: generated, or fallback to the extractive answer',
    labelNames: ['outcome', 'reason'],
    registers: [registry],
  });
  const backups = new Counter({
    name: `${PREFIX}backups_total`,
    help: 'Scheduled backups, by result',
    labelNames: ['result'],
    registers: [registry],
  });

  new Gauge({
    name: `${PREFIX}cases`,
    help: 'Cases not yet closed, by status (open = waiting for an officer)',
    labelNames: ['status'],
    registers: [registry],
    collect() {
      const q = sources.queue();
      this.set({ status: 'open' }, q.open);
      this.set({ status: 'claimed' }, q.claimed);
    },
  });
  new Gauge({
    name: `${PREFIX}oldest_unclaimed_case_age_seconds`,
    help: 'Age of the oldest case no officer has claimed (0 when none)',
    registers: [registry],
    collect() {
      const at = sources.queue().oldestOpenAt;
      this.set(at === undefined ? 0 : Math.max(0, (now() - at) / 1000));
    },
  });
  new Gauge({
    name: `${PREFIX}outbox_pending`,
    help: 'Outgoing messages stored but not yet accepted by their platform',
    registers: [registry],
    collect() {
      this.set(sources.outboxPending());
    },
  });
  new Gauge({
    name: `${PREFIX}backup_age_seconds`,
    help: 'Time since the newest backup (-1 when there is none or backups are not configured)',
    registers: [registry],
    collect() {
      const at = sources.lastBackupAt?.();
      this.set(at ? Math.max(0, (now() - at.getTime()) / 1000) : -1);
    },
  });

  return {
    registry,
    messageIn: (channel) => messagesIn.inc({ channel }),
    messageOut: (channel, kind) => messagesOut.inc({ channel, kind }),
    sendRetry: (channel) => retries.inc({ channel }),
    timedAnswerer: (answer) => async (question, ctx) => {
      const stop = answerSeconds.startTimer();
      const r = await answer(question, ctx);
      stop({ outcome: r.kind });
      return r;
    },
    countedTriage<T extends Triage>(triage: T): T {
      return {
        ...triage,
        classify(text: string) {
          const r = triage.classify(text);
          triageLabels.inc({ label: r.label satisfies TriageLabel });
          return r;
        },
      };
    },
    llmAnswer: (outcome, reason) =>
      llm.inc({ outcome, reason: outcome === 'generated' ? '' : LLM_REASONS.has(reason ?? '') ? (reason as string) : 'other' }),
    backupFinished: (ok) => backups.inc({ result: ok ? 'ok' : 'failed' }),
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * GET /metrics. With a token: only `Authorization: Bearer <token>`. Without: only clients on this machine
 * that did not come through a proxy (a reverse proxy on the same host would otherwise expose it).
 */
export function metricsRoute(metrics: AppMetrics, token: string | undefined) {
  const expected = token && Buffer.from(`Bearer ${token}`);
  return (req: HttpRequest, res: ServerResponse): void => {
    const allowed = expected
      ? safeEqual(Buffer.from(String(req.headers.authorization ?? '')), expected)
      : LOOPBACK.test(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'] && !req.headers.forwarded;
    if (!allowed) {
      res.writeHead(expected ? 401 : 403, {
        'content-type': 'text/plain; charset=utf-8',
        ...(expected && { 'www-authenticate': 'Bearer' }),
      });
      res.end(
        expected
          ? 'Cần mã METRICS_TOKEN / bearer token required\n'
          : 'Chỉ truy cập từ máy này, hoặc đặt METRICS_TOKEN / loopback only unless METRICS_TOKEN is set\n',
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    metrics.registry.metrics().then(
      (body) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('metrics unavailable\n');
      },
    );
  };
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

// LLM path overhead: the generative answerer built exactly as the app builds it (bot/llm-setup.ts
// from a validated config, OPENAI_BASE_URL pointing at the fake OpenAI-compatible server on 127.0.0.1,
// which answers instantly with a cited sentence) against the extractive answer, over the same index
// with the default offline hash embedder. What is left is our own cost of the LLM path: the extra
// retrieval, prompt building, the HTTP round trip on loopback, and checking the output.
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { answer } from '../../handlers/answer.js';
import type { Answerer } from '../../handlers/types.js';
import { answererFromConfig, embedderFromConfig, llmClientFromConfig } from '../../bot/llm-setup.js';
import type { Corpus } from '../../knowledge/types.js';
import { startFakeOpenAI } from '../../test/fakes/openai-server.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { LOAD_QUESTIONS } from '../load/questions.js';

export const LLM_OVERHEAD_TARGET_MS = 30;

// Our own questions (the load harness' sample traffic), not the evaluation sets.
export const OVERHEAD_QUESTIONS = LOAD_QUESTIONS;

/** What the fake model answers: short, Vietnamese, citing passage [1], so checkAnswer accepts it. */
const FAKE_REPLY = 'Theo kế hoạch, nạn nhân được tiếp nhận, xác minh và hỗ trợ theo quy định [1].';

export interface Latency {
  p50: number;
  p95: number;
}

export interface LlmOverheadResult {
  /** Generative minus extractive, at p50 and at p95 (ms). */
  overheadMs: Latency;
  extractiveMs: Latency;
  generativeMs: Latency;
  samples: number;
  /** Outcomes of the measured generative calls, from the answerer's own `llm_answer` log events. */
  generated: number;
  fallbacks: Record<string, number>;
  /** Calls where the extractive answer abstained, so the LLM was never asked. */
  abstained: number;
  /** False when no measured call returned the generated answer (the figure would be meaningless). */
  valid: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round2(percentile(sorted, 50)), p95: round2(percentile(sorted, 95)) };
}

/** A pino destination that keeps only the `llm_answer` events of the generative answerer. */
function outcomeRecorder() {
  const events: { outcome: string; reason?: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of String(chunk).split('\n')) {
        if (!line.includes('"llm_answer"')) continue;
        const e = JSON.parse(line) as { outcome: string; reason?: string };
        events.push({ outcome: e.outcome, reason: e.reason });
      }
      done();
    },
  });
  return { events, stream };
}

/**
 * Warms both paths up over the question list, then alternates extractive and generative calls on
 * each question for `rounds` rounds and compares their latency percentiles.
 */
export async function measureLlmOverhead(
  corpus: Corpus,
  opts: {
    questions?: string[];
    warmupRounds?: number;
    rounds?: number /** What the fake model answers (default: a cited sentence). */;
    reply?: string;
  } = {},
): Promise<LlmOverheadResult> {
  const questions = opts.questions ?? OVERHEAD_QUESTIONS;
  const warmupRounds = opts.warmupRounds ?? 3;
  const rounds = opts.rounds ?? 20;
  const reply = opts.reply ?? FAKE_REPLY;
  const fake = await startFakeOpenAI({ chat: () => reply });
  try {
    // The app's settings: an endpoint and a chat model, no EMBEDDING_MODEL (so retrieval keeps the offline embedder).
    const config = loadConfig({ OPENAI_BASE_URL: fake.baseURL, LLM_MODEL: 'bench-model', LOG_LEVEL: 'info' });
    const client = llmClientFromConfig(config);
    if (!client) throw new Error('llm overhead: no LLM client from the config');
    const embedder = embedderFromConfig(config, { client });
    if (embedder) throw new Error('llm overhead: an embeddings model is configured; only generation should differ');
    const index = await openKnowledgeIndex({ corpus, embedder });
    const recorder = outcomeRecorder();
    const logger = createLogger({ level: 'info', destination: recorder.stream });
    const extractive: Answerer = (q, ctx) => answer(q, { index, province: ctx.province });
    const generative = answererFromConfig(config, { index, extractive, logger, client });
    if (generative === extractive) throw new Error('llm overhead: the config did not enable the generative answerer');

    for (let r = 0; r < warmupRounds; r++) {
      for (const q of questions) {
        await extractive(q, {});
        await generative(q, {});
      }
    }
    recorder.events.length = 0;

    const ext: number[] = [];
    const gen: number[] = [];
    let abstained = 0;
    let generatedText = 0;
    for (let r = 0; r < rounds; r++) {
      for (const q of questions) {
        let t = performance.now();
        await extractive(q, {});
        ext.push(performance.now() - t);
        t = performance.now();
        const res = await generative(q, {});
        gen.push(performance.now() - t);
        if (res.kind === 'abstain') abstained++;
        else if (res.text.endsWith(reply)) generatedText++;
      }
    }
    // Let pino flush the last events before counting them.
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    const generated = recorder.events.filter((e) => e.outcome === 'generated').length;
    const fallbacks: Record<string, number> = {};
    for (const e of recorder.events) if (e.outcome === 'fallback') fallbacks[e.reason ?? '?'] = (fallbacks[e.reason ?? '?'] ?? 0) + 1;
    const extractiveMs = latency(ext);
    const generativeMs = latency(gen);
    return {
      overheadMs: { p50: round2(generativeMs.p50 - extractiveMs.p50), p95: round2(generativeMs.p95 - extractiveMs.p95) },
      extractiveMs,
      generativeMs,
      samples: gen.length,
      generated,
      fallbacks,
      abstained,
      valid: generated > 0 && generatedText > 0,
    };
  } finally {
    await fake.close();
  }
}

export function formatLlmOverhead(r: LlmOverheadResult): string {
  const fb =
    Object.entries(r.fallbacks)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return [
    `LLM path overhead over extractive: p50 ${r.overheadMs.p50} ms, p95 ${r.overheadMs.p95} ms (target ≤ ${LLM_OVERHEAD_TARGET_MS})` +
      (r.valid ? '' : ' — INVALID: no generated answer was used, every call fell back to extractive'),
    `  extractive p50/p95 ${r.extractiveMs.p50}/${r.extractiveMs.p95} ms · generative (fake LLM on 127.0.0.1) p50/p95 ${r.generativeMs.p50}/${r.generativeMs.p95} ms`,
    `  ${r.samples} calls per path · generated ${r.generated} · fallbacks: ${fb} · extractive abstained ${r.abstained}`,
  ].join('\n');
}

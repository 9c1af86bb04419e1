// Grounded generative answers: retrieve, number the passages, ask the LLM, then check the output.
// Every path that is not a well-cited generated answer ends in the extractive answer, so a user
// never sees an LLM error, an invented source or a leaked prompt.
import type OpenAI from 'openai';
import type { Logger } from 'pino';
import type { AnswerResult, Answerer, Button, Citation, StreamingAnswerContext, StreamingAnswerer } from '../types.js';
import { citationLabel } from '../../knowledge/cite.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { encodePayload } from '../payload.js';
import { createBreaker, type Breaker } from '../../retrieval/breaker.js';
import { complete, LlmError, type RetryOptions } from './llm.js';
import { formatAnswerMessages, LEAK_MARKERS } from './prompts.js';
import { rewriteQuestion } from './rewrite.js';

export interface GenerativeAnswererOptions {
  client: OpenAI;
  model: string;
  /** Budget for the whole LLM part of one answer (rewrite + generation, retries included). */
  timeoutMs: number;
  index: KnowledgeIndex;
  /** The offline answerer (handlers/answer.ts): used for abstaining and as the fallback. */
  extractive: Answerer;
  logger?: Logger;
  breaker?: Breaker;
  retry?: RetryOptions;
  /** Passages given to the model (default 5). */
  k?: number;
  /** Citation label of a hit; default knowledge/cite.ts citationLabel (same as the extractive answer). */
  label?: (hit: SearchHit) => string;
  /** Rewrite follow-ups with the LLM (default true); the rule is used either way as fallback. */
  llmRewrite?: boolean;
  /** Told how each attempt ended (for monitoring); `reason` is one of the fixed fallback reasons. */
  onOutcome?: (outcome: 'generated' | 'fallback', reason?: string) => void;
}

/** Same label as the extractive answer, e.g. `KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh`. */
export function defaultLabel(hit: SearchHit): string {
  return citationLabel(hit.doc, hit.chunk.path);
}

/** "Xem toàn văn" payload understood by handlers/answer.ts fullSection: base-36 position in corpus.sections. */
function fullKey(index: KnowledgeIndex, sectionId: string): string | undefined {
  const i = index.corpus.sections.findIndex((s) => s.id === sectionId);
  return i < 0 ? undefined : encodePayload({ kind: 'full', section: i });
}

/** The numbered passage block the model sees. */
export function renderPassages(hits: SearchHit[], label: (h: SearchHit) => string): string {
  return hits.map((h, i) => `[${i + 1}] ${label(h)}\n${h.chunk.passage}`).join('\n\n');
}

export interface CheckedAnswer {
  text: string;
  /** 0-based passage indexes in the order the renumbered citations [1], [2]... refer to them. */
  used: number[];
}

const CITE = /\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]/g;

/**
 * Validates a generated answer against `passageCount` passages: invalid numbers are dropped, valid
 * ones renumbered 1..m by first use. Returns undefined when no valid citation remains or the
 * answer echoes the prompt.
 */
export function checkAnswer(raw: string, passageCount: number): CheckedAnswer | undefined {
  const lower = raw.toLowerCase();
  if (/<\s*\/?\s*(tai_lieu|cau_hoi|lich_su)\s*>/.test(lower) || LEAK_MARKERS.some((m) => lower.includes(m))) return undefined;
  const used: number[] = [];
  const text = raw
    .replace(CITE, (_m, nums: string) =>
      nums
        .split(/[,;]/)
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isInteger(n) && n >= 1 && n <= passageCount)
        .map((n) => {
          if (!used.includes(n - 1)) used.push(n - 1);
          return `[${used.indexOf(n - 1) + 1}]`;
        })
        .filter((c, i, all) => all.indexOf(c) === i)
        .join(''),
    )
    // Adjacent repeats ([2][2]) and the gaps left by removed markers.
    .replace(/(\[\d+\])(?:\s*\1)+/g, '$1')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  if (used.length === 0 || !text) return undefined;
  return { text, used };
}

export function createGenerativeAnswerer(opts: GenerativeAnswererOptions): StreamingAnswerer {
  const k = opts.k ?? 5;
  const label = opts.label ?? defaultLabel;
  const breaker = opts.breaker ?? createBreaker();
  const log = opts.logger;

  return async (question: string, ctx: StreamingAnswerContext = {}): Promise<AnswerResult> => {
    const started = Date.now();
    const history = ctx.history ?? [];
    const rewritten = await rewriteQuestion(
      question,
      history,
      opts.llmRewrite === false
        ? undefined
        : { client: opts.client, model: opts.model, timeoutMs: Math.max(1, Math.floor(opts.timeoutMs / 3)), breaker },
    );
    const province = rewritten.province ?? ctx.province ?? null;
    const extractive = await opts.extractive(rewritten.query, { province, history });
    // The retrieval confidence decides whether there is anything to answer from.
    if (extractive.kind === 'abstain') return extractive;

    const fallback = (reason: string, status?: number) => {
      log?.info(
        { event: 'llm_answer', outcome: 'fallback', reason, status, ms: Date.now() - started },
        'generative answer fell back to extractive',
      );
      opts.onOutcome?.('fallback', reason);
      return extractive;
    };

    try {
      const seen = new Set<string>();
      const found = (await opts.index.search(rewritten.query, { k, province, todayFirst: true })).filter(
        (h) => !seen.has(h.chunk.id) && seen.add(h.chunk.id),
      );
      // Like the extractive answer: the user's province and national texts, other provinces only when nothing else.
      const own = found.filter((h) => !h.otherProvince);
      const hits = (own.length ? own : found).slice(0, k);
      if (hits.length === 0) return fallback('no_hits');
      const messages = formatAnswerMessages(renderPassages(hits, label), rewritten.query);
      const remaining = opts.timeoutMs - (Date.now() - started);
      if (remaining <= 0) return fallback('timeout');
      const raw = await complete({
        client: opts.client,
        model: opts.model,
        messages,
        timeoutMs: remaining,
        breaker,
        retry: opts.retry,
        onToken: ctx.onToken,
        maxTokens: 700,
      });
      const checked = checkAnswer(raw, hits.length);
      if (!checked) return fallback('no_valid_citation');
      const used = checked.used.map((i) => hits[i]);
      const citations: Citation[] = used.map((h, j) => ({ n: j + 1, label: label(h), sectionId: h.chunk.sectionId, docId: h.doc.id }));
      const buttons: Button[] = citations.flatMap((c) => {
        const data = fullKey(opts.index, c.sectionId);
        return data ? [{ label: `Xem toàn văn [${c.n}]`, data }] : [];
      });
      const others = [...new Set(used.filter((h) => h.otherProvince).map((h) => h.doc.shortName))];
      const text = others.length
        ? `Lưu ý: ${others.join(', ')} là văn bản của tỉnh khác, chỉ để tham khảo.\n\n${checked.text}`
        : checked.text;
      log?.info({ event: 'llm_answer', outcome: 'generated', citations: citations.length, ms: Date.now() - started }, 'generative answer');
      opts.onOutcome?.('generated');
      return {
        kind: 'answer',
        text,
        citations,
        ...(buttons.length ? { buttons: [buttons] } : {}),
        ...(ctx.onToken ? { fromDraft: true } : {}),
      };
    } catch (err) {
      if (err instanceof LlmError) return fallback(err.reason, err.status);
      return fallback('error');
    }
  };
}

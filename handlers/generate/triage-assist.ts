// Second opinion from the LLM for messages the offline classifier is unsure about. It can only
// raise the urgency (smalltalk → question → report → emergency), never lower it: a missed victim
// costs more than a false alarm, and a prompt-injected "this is just a question" must not hide one.
import type OpenAI from 'openai';
import type { Logger } from 'pino';
import type { TriageLabel } from '../types.js';
import type { Breaker } from '../../retrieval/breaker.js';
import { complete, LlmError } from './llm.js';
import { formatTriageMessages } from './prompts.js';

/** Same shape as handlers/triage/index.ts TriageResult. */
export interface TriageResultLike {
  label: TriageLabel;
  confidence: number;
  scores: Record<TriageLabel, number>;
  cues: string[];
}

const RANK: Record<TriageLabel, number> = { smalltalk: 0, question: 1, report: 2, emergency: 3 };

/** The more urgent of two labels. */
export function raiseOnly(offline: TriageLabel, suggested: TriageLabel): TriageLabel {
  return RANK[suggested] > RANK[offline] ? suggested : offline;
}

/** First label word in the model output, if any. */
export function parseLabel(out: string): TriageLabel | undefined {
  const m = /\b(emergency|report|question|smalltalk)\b/i.exec(out);
  return m ? (m[1].toLowerCase() as TriageLabel) : undefined;
}

export interface TriageAssistOptions {
  client: OpenAI;
  model: string;
  /** Keep it short: the person is waiting (default 4 s). */
  timeoutMs?: number;
  breaker?: Breaker;
  logger?: Logger;
  /** Ask the model only below this offline confidence (default 0.6). */
  minConfidence?: number;
}

/** Returns the offline result, possibly raised by the model; never throws. */
export async function assistTriage<T extends TriageResultLike>(text: string, offline: T, opts: TriageAssistOptions): Promise<T> {
  if (offline.label === 'emergency' || offline.confidence >= (opts.minConfidence ?? 0.6)) return offline;
  try {
    const out = await complete({
      client: opts.client,
      model: opts.model,
      messages: await formatTriageMessages(text),
      timeoutMs: opts.timeoutMs ?? 4000,
      breaker: opts.breaker,
      retry: { attempts: 1 },
      maxTokens: 5,
      temperature: 0,
    });
    const suggested = parseLabel(out);
    if (!suggested) return offline;
    const label = raiseOnly(offline.label, suggested);
    opts.logger?.info({ event: 'triage_assist', offline: offline.label, suggested, label }, 'triage assisted');
    return label === offline.label ? offline : { ...offline, label, cues: [...offline.cues, `llm:${suggested}`] };
  } catch (err) {
    opts.logger?.info({ event: 'triage_assist', outcome: 'failed', reason: err instanceof LlmError ? err.reason : 'error' }, 'triage assist skipped');
    return offline;
  }
}

/** Wraps a sync classifier into an async one that consults the model for unsure results. */
export function createAssistedTriage<T extends TriageResultLike>(triage: { classify(text: string): T }, opts: TriageAssistOptions) {
  return {
    classify: (text: string) => triage.classify(text),
    classifyAssisted: async (text: string): Promise<T> => assistTriage(text, triage.classify(text), opts),
  };
}

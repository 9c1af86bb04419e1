// Local copies of the answer shapes from wiring.md (handlers/answer.ts, helper R), so this folder
// compiles on its own; they are structurally identical, so either side can be passed to the other.
import type { Button, Citation } from '../types.js';

export interface AnswerResult {
  kind: 'answer' | 'abstain';
  text: string;
  citations: Citation[];
  buttons?: Button[][];
}

export interface AnswerContext {
  province?: string | null;
  /** Previous user questions of this conversation, oldest first. */
  history?: string[];
}

/** Same as handlers/answer.ts `Answerer`. */
export type Answerer = (question: string, ctx: AnswerContext) => Promise<AnswerResult>;

export interface GenerativeContext extends AnswerContext {
  /** Streaming preview: receives content deltas as they arrive. The returned AnswerResult is
   *  authoritative (it may be the extractive fallback), so a channel must replace the preview with it. */
  onToken?: (delta: string) => void;
}

export type GenerativeAnswerer = (question: string, ctx: GenerativeContext) => Promise<AnswerResult>;

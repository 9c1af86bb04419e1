// Shapes of the question pipeline (pipeline.ts).
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import type { Corpus } from '../../knowledge/types.js';
import type { Updates } from '../../knowledge/updates.js';
import type { AnswerResult, StreamingAnswerer, TriageLabel } from '../types.js';

/** A question as the pipeline sees it: normalised text, the province that scopes it, the conversation so far. */
export interface Asked {
  text: string;
  /** The question as typed (normalised), before today's names of merged provinces were read as the former ones. */
  asTyped?: string;
  /** The province named in the question, else the user's chosen one, else null. */
  province: string | null;
  /** The user's chosen province (before the question named another). */
  userProvince: string | null;
  /** Previous questions of this conversation, oldest first. */
  history: string[];
  /** What triage made of the message; `smalltalk` may still be a question (see pipeline.ts). */
  intent?: TriageLabel;
  onToken?: (delta: string) => void;
}

/** What the pipeline replies: an answer, an abstention, or a short notice (greeting, bad input). */
export interface AskResult extends Omit<AnswerResult, 'kind'> {
  kind: AnswerResult['kind'] | 'notice';
  /** A step chose these passages for what the question asks (where to report, help abroad), not as the nearest found. */
  chosenForAsk?: boolean;
}

export interface AskDeps {
  /** The retrieval answer: extractive, or generated when an LLM is configured (it falls back to extractive). */
  answer: StreamingAnswerer;
  /** The live corpus, to cite contact entries from; without it contact replies carry no citations. */
  corpus?: () => Corpus;
  /** The live contacts directory (same knowledge folder as the corpus); without it only national lines are given. */
  contacts?: () => ContactsDirectory | null;
  /** What changed since the documents (knowledge/updates.yaml, the last valid version); no change notes when absent. */
  updates?: () => Updates;
}

/** One step: a reply ends the pipeline, undefined passes the question on. */
export type AskStep = (q: Asked, deps: AskDeps) => AskResult | undefined | Promise<AskResult | undefined>;

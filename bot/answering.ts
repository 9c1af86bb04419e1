import { resolve } from 'node:path';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpusAsync } from '../knowledge/load.js';
import { loadContactsOf, type ContactsDirectory } from '../knowledge/contacts.js';
import { NO_UPDATES, readUpdatesOf, type Updates } from '../knowledge/updates.js';
import { reloadOnChange, type Reloader } from '../knowledge/reload.js';
import type { Corpus } from '../knowledge/types.js';
import { openKnowledgeIndex } from '../retrieval/index.js';
import type { Embedder, KnowledgeIndex } from '../retrieval/types.js';
import { answer, fullSection } from '../handlers/answer.js';
import { cachedAnswerer } from './answer-cache.js';
import type { AnswerResult, Answerer } from '../handlers/types.js';
import { askQuestion, type AskOptions, type AskResult } from '../handlers/ask/pipeline.js';
import { corpusProvinces } from '../handlers/updates/names.js';

// The answering pieces shared by every channel, `npm run ask` and the answer eval: knowledge folder →
// index → extractive answerer, or the grounded generative one when an LLM is configured. Questions go
// through the one question pipeline (handlers/ask/pipeline.ts) with this answerer as its retrieval step.
// The index sits behind a stable facade so a reload (new or changed documents) swaps it without a restart.

export interface Answering {
  /** The live index (after the latest reload). */
  index: KnowledgeIndex;
  corpus(): Corpus;
  /** The contacts directory of the same knowledge folder (null when its contacts.yaml never loaded). */
  contacts(): ContactsDirectory | null;
  /** What changed since the documents (the knowledge folder's updates.yaml; the last valid version). */
  updates(): Updates;
  /** The retrieval answer alone (the pipeline's last step). */
  answer: Answerer;
  /** The extractive retrieval answer, never a model call (the same as `answer` without an LLM). */
  extractive: Answerer;
  /** A question through the whole pipeline, as a channel asks it (contacts, changes, retrieval). */
  ask(question: string, opts?: AskOptions): Promise<AskResult>;
  fullSection(data: string): AnswerResult | undefined;
  /** Reads the knowledge folder again now (the watcher does it on changes); true when swapped in. */
  reload(): Promise<boolean>;
  /** Runs WARM_UP_QUESTIONS through the whole pipeline with the offline answer (no LLM call, nothing cached), so the first users do not pay for cold code. */
  warmUp(): Promise<void>;
  close(): void;
}

/**
 * Asked at start-up, each through every step it reaches: on the documents' subject (down to retrieval), a
 * contact, a change since the documents. A few different ones, because the first handful of questions of a
 * fresh process run its code several times slower than later ones, and those must not be the first citizens'.
 */
export const WARM_UP_QUESTIONS = [
  'Nạn nhân được hỗ trợ những gì?',
  'Cơ quan nào xác minh và tiếp nhận người bị mua bán trở về?',
  'Số điện thoại đường dây nóng để báo tin là số nào?',
  'Sở Lao động - Thương binh và Xã hội giải thể thì việc hỗ trợ nạn nhân do ai lo?',
  'Mức hỗ trợ tiền ăn cho nạn nhân trong thời gian lưu trú là bao nhiêu?',
];

export async function openAnswering(
  config: Config,
  logger: Logger,
  opts: {
    watch?: boolean;
    onLlmOutcome?: (outcome: 'generated' | 'fallback', reason?: string) => void;
    /** Keep recent extractive answers until the next reload (default true; the benchmark measures without). */
    cacheAnswers?: boolean;
  } = {},
): Promise<Answering> {
  const dataDir = resolve(config.DATA_DIR);
  const dir = config.KNOWLEDGE_DIR ? resolve(config.KNOWLEDGE_DIR) : BUNDLED_KNOWLEDGE_DIR;
  const corpus = await loadCorpusAsync(dir);
  for (const e of corpus.errors) logger.warn({ file: e.file, reason: e.message }, 'document skipped');
  // The deployment's own contacts.yaml (hotlines, agencies) when its knowledge folder has one.
  let contacts: ContactsDirectory | null = null;
  const readContacts = () => {
    try {
      contacts = loadContactsOf(dir);
    } catch (err) {
      logger.warn({ reason: err instanceof Error ? err.message : String(err) }, 'contacts.yaml invalid; keeping the previous contacts');
    }
  };
  readContacts();
  let updates: Updates = NO_UPDATES;
  // The deployment's own updates.yaml wins over the bundled one; an invalid edit keeps the previous version.
  const readUpdates = (c: Corpus) => {
    try {
      const known = [...corpusProvinces(c), ...Object.keys(contacts?.provinces ?? {})];
      updates = readUpdatesOf(dir, { knownProvinces: known });
    } catch (err) {
      logger.warn({ reason: err instanceof Error ? err.message : String(err) }, 'updates.yaml invalid; keeping the previous updates');
    }
  };
  readUpdates(corpus);

  // The LLM modules are imported only when configured: the openai client takes most of a second to load.
  const llm = config.OPENAI_BASE_URL || config.OPENAI_API_KEY ? await import('./llm-setup.js') : undefined;
  const client = llm?.llmClientFromConfig(config);
  const embedder: Embedder | undefined = llm && client ? llm.embedderFromConfig(config, { client, dataDir, logger }) : undefined;

  let current = { index: await openKnowledgeIndex({ corpus, dataDir, embedder, logger }), corpus };
  const index: KnowledgeIndex = {
    get corpus() {
      return current.index.corpus;
    },
    search: (q, o) => current.index.search(q, o),
    section: (id) => current.index.section(id),
  };

  const retrieved: Answerer = (q, ctx) => answer(q, { index, province: ctx.province, contacts });
  const cache = opts.cacheAnswers === false ? undefined : cachedAnswerer(retrieved);
  const extractive = cache?.answer ?? retrieved;
  const answerer =
    llm && client ? llm.answererFromConfig(config, { index, extractive, logger, client, onOutcome: opts.onLlmOutcome }) : extractive;

  let reloader: Reloader | undefined;
  if (opts.watch) {
    reloader = reloadOnChange(dir, {
      build: (c) => openKnowledgeIndex({ corpus: c, dataDir, embedder, logger }),
      swap: (built, c) => {
        current = { index: built, corpus: c };
        readContacts();
        readUpdates(c);
        // Answers given from the previous documents or contacts are not answers any more.
        cache?.clear();
        logger.info({ docs: c.docs.length, chunks: c.chunks.length }, 'knowledge reloaded');
      },
      onError: (err) =>
        logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'knowledge reload failed; keeping the previous index'),
    });
  }

  return {
    index,
    corpus: () => current.corpus,
    contacts: () => contacts,
    answer: answerer,
    extractive,
    // The whole pipeline, so the corpus-wide tables its steps build on first use (subject vocabulary, covered
    // topics, change notes) exist before the first citizen asks; the retrieval step is the uncached offline one.
    async warmUp() {
      const deps = { answer: retrieved, corpus: () => current.corpus, contacts: () => contacts, updates: () => updates };
      for (const q of WARM_UP_QUESTIONS) await askQuestion(q, {}, deps);
    },
    updates: () => updates,
    ask: (question, askOpts = {}) =>
      askQuestion(question, askOpts, { answer: answerer, corpus: () => current.corpus, contacts: () => contacts, updates: () => updates }),
    fullSection: (data) => fullSection(index, data),
    reload: () => reloader?.reload() ?? Promise.resolve(false),
    close: () => reloader?.close(),
  };
}

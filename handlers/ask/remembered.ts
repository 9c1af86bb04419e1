// Popular questions come back again and again. When the answer step gives the same answer to the same question
// and province until the knowledge is reloaded (the extractive answerer), the pipeline's whole reply is the same
// too: it is kept, and the steps around the answer (changes, scope, contacts, notes) are not walked again. The
// answer step is still called as the first walk called it, so whatever counts or caches answers sees every
// question. Kept replies are dropped as soon as the corpus, the contacts or the update file in use change.
import { askQuestion, type AskDeps, type AskOptions, type AskResult } from './pipeline.js';

/** Freezes a value and everything it holds: callers share one kept reply, so none can change what another sees. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

interface Kept {
  reply: Promise<AskResult>;
  /** The answer step's calls of the first walk (question and province), made again on each later ask. */
  answered: { question: string; province: string | null }[];
}

type Ask = (text: string, opts: AskOptions) => Promise<AskResult>;

/** `askQuestion` with the `max` most recently asked replies kept; only for an answer step that repeats itself. */
export function rememberingAsk(deps: AskDeps, max = 1_000): Ask {
  const kept = new Map<string, Kept>();
  let knowledge: unknown[] = [];
  function forgetIfKnowledgeChanged(): void {
    const now = [deps.corpus?.(), deps.contacts?.(), deps.updates?.()];
    if (now.some((v, i) => v !== knowledge[i])) kept.clear();
    knowledge = now;
  }

  async function again(found: Kept, opts: AskOptions): Promise<AskResult> {
    const reply = await found.reply;
    for (const a of found.answered) await deps.answer(a.question, { province: a.province, history: opts.history ?? [] });
    return reply;
  }

  function firstWalk(key: string, text: string, opts: AskOptions): Promise<AskResult> {
    const answered: Kept['answered'] = [];
    const recording: AskDeps = {
      ...deps,
      answer: (question, ctx) => {
        answered.push({ question, province: ctx.province ?? null });
        return deps.answer(question, ctx);
      },
    };
    const reply = askQuestion(text, opts, recording).then(deepFreeze);
    const entry = { reply, answered };
    reply.catch(() => {
      if (kept.get(key) === entry) kept.delete(key);
    });
    kept.set(key, entry);
    if (kept.size > max) kept.delete(kept.keys().next().value as string);
    return reply;
  }

  return (text, opts) => {
    // A streamed or staged walk is watched step by step: it is walked for real.
    if (opts.onToken || opts.onStage) return askQuestion(text, opts, deps);
    forgetIfKnowledgeChanged();
    const key = `${opts.province ?? ''}\u0000${opts.intent ?? ''}\u0000${text}`;
    const found = kept.get(key);
    if (!found) return firstWalk(key, text, opts);
    kept.delete(key); // kept again as the most recently asked
    kept.set(key, found);
    return again(found, opts);
  };
}

// A bounded cache in front of the extractive answerer. Its answer depends only on the question as it
// receives it, the province that scopes it and the knowledge folder (documents, index, contacts), and
// popular questions come back again and again: answering one again is a lookup. The owner clears the cache
// whenever the knowledge is reloaded. Callers share one answer, frozen, so none can change what another sees and
// a hit copies nothing (answers are only ever read and spread into new ones).
import type { AnswerResult, Answerer } from '../handlers/types.js';
import { deepFreeze } from '../handlers/ask/remembered.js';

export interface CachedAnswerer {
  answer: Answerer;
  /** Forgets every answer: the knowledge changed. */
  clear(): void;
  /** Answers held now. */
  readonly size: number;
}

/** The answerer with the `max` most recently asked (question, province) answers kept; for the extractive answerer only. */
export function cachedAnswerer(answer: Answerer, max = 1_000): CachedAnswerer {
  // The promise is kept from the start: the same question asked again while it is being answered waits
  // for that answer, and a clear() meanwhile drops it with the rest.
  const cache = new Map<string, Promise<AnswerResult>>();
  return {
    async answer(question, ctx) {
      const key = `${ctx.province ?? ''}\u0000${question}`;
      let found = cache.get(key);
      if (found)
        cache.delete(key); // re-inserted below as the most recently used
      else {
        found = answer(question, ctx).then(deepFreeze);
        const made = found;
        made.catch(() => {
          if (cache.get(key) === made) cache.delete(key);
        });
      }
      cache.set(key, found);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
      return found;
    },
    clear: () => cache.clear(),
    get size() {
      return cache.size;
    },
  };
}

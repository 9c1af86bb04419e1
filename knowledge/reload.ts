// Background reload for the running bot: when the knowledge folder changes, load it again (extracting new
// .docx/.pdf files), build the new index off the request path, then swap. The old index keeps serving
// until the new one is ready, and stays if the build fails or the folder looks empty mid-copy.

import { loadCorpusAsync, type LoadOptions } from './load.js';
import type { Corpus } from './types.js';
import { watchKnowledge, type WatchOptions } from './watch.js';

export interface ReloadOptions<T> extends Omit<WatchOptions, 'onError'> {
  /** Builds whatever the bot serves from a corpus (e.g. `(corpus) => openKnowledgeIndex({ corpus, dataDir })`). */
  build: (corpus: Corpus) => Promise<T>;
  /** Installs the new build; called only after build resolved. */
  swap: (built: T, corpus: Corpus) => void;
  /** Reports a failed reload (the previous index stays in use). */
  onError?: (err: unknown) => void;
  load?: LoadOptions;
}

export interface Reloader {
  /** Reloads now (the watcher calls this on changes); resolves true when a new build was swapped in. */
  reload(): Promise<boolean>;
  close(): void;
}

export function reloadOnChange<T>(dir: string, opts: ReloadOptions<T>): Reloader {
  let chain: Promise<boolean> = Promise.resolve(false);
  const run = async (): Promise<boolean> => {
    const corpus = await loadCorpusAsync(dir, opts.load);
    if (corpus.docs.length === 0) throw new Error(`Kho văn bản ${dir} không còn văn bản nào đọc được; giữ chỉ mục cũ.`);
    const built = await opts.build(corpus);
    opts.swap(built, corpus);
    return true;
  };
  // Reloads run one after another, so an older corpus can never be swapped in after a newer one.
  const reload = () => {
    const next = chain.then(run, run).catch((err: unknown) => {
      opts.onError?.(err);
      return false;
    });
    chain = next;
    return next;
  };
  const watcher = watchKnowledge(dir, async () => void (await reload()), {
    debounceMs: opts.debounceMs,
    intervalMs: opts.intervalMs,
    onError: opts.onError,
  });
  return { reload, close: () => watcher.close() };
}

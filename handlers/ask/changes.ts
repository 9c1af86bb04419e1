// The current-law slot of the question pipeline (pipeline.ts): answers about what changed since the
// bundled documents were issued, and the short notes an answer needs when it quotes a replaced text,
// an abolished agency, a merged province or an old amount. Both are no-ops until the knowledge update
// file is wired in.
import type { Asked, AskResult } from './types.js';

/** An answer to a question about what changed (the 2025 law, merged provinces, moved agencies), or undefined. */
export function answerChanges(_q: Asked): AskResult | undefined {
  return undefined;
}

/** The answer with the notes it needs about what changed since its sources were issued. */
export function addChangeNotes(r: AskResult, _q: Asked): AskResult {
  return r;
}

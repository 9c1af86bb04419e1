// Puts the updates file to work around any answerer (extractive or generated): questions about what
// changed are answered from the file, questions about texts the folder lacks get an honest "not in the
// documents", a province of today in the question means the former province's documents, and every
// answer gets the notes that keep old texts, agencies and amounts from reading as current.
import { formatHotlines, hotlinesFor } from '../../knowledge/contacts.js';
import type { Corpus } from '../../knowledge/types.js';
import type { Updates } from '../../knowledge/updates.js';
import type { AnswerResult, Answerer } from '../answer.js';
import { changeFacts, missingTextsAsked, missingTextsReply } from './changes.js';
import { withFormerProvince } from './names.js';
import { answerNotes } from './notes.js';

export interface UpdatesSource {
  /** The updates in use now (the last valid file read). */
  updates(): Updates;
  /** The corpus answers are drawn from now. */
  corpus(): Corpus;
}

/** Province slugs that have documents. */
export function corpusProvinces(corpus: Corpus): string[] {
  return [...new Set(corpus.docs.map((d) => d.province).filter((p): p is string => Boolean(p)))];
}

/** Answer from the updates file when the question asks what changed. */
export function changesAnswer(question: string, updates: Updates): AnswerResult | undefined {
  const facts = changeFacts(question, updates);
  if (!facts.length) return undefined;
  return {
    kind: 'answer',
    text: `Theo thông tin cập nhật về những thay đổi từ năm 2025 (ngoài các văn bản trong kho):\n\n${facts.map((f) => `• ${f}`).join('\n')}`,
    citations: [],
  };
}

/** Adds the update notes under an answer (nothing for abstentions). */
export function withNotes(r: AnswerResult, updates: Updates, corpus: Corpus): AnswerResult {
  if (r.kind !== 'answer' || !r.citations.length) return r;
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const cited = r.citations.map((c) => docs.get(c.docId)).filter((d) => d !== undefined);
  const notes = answerNotes(r.text, cited, updates);
  return notes.length ? { ...r, text: `${r.text}\n\n${notes.join('\n')}` } : r;
}

export function withUpdates(answerer: Answerer, source: UpdatesSource): Answerer {
  return async (question, ctx) => {
    const updates = source.updates();
    const corpus = source.corpus();
    const text = typeof question === 'string' ? question : '';
    const changed = changesAnswer(text, updates);
    if (changed) return changed;
    const missing = missingTextsAsked(text, updates, corpus);
    if (missing.length) {
      return {
        kind: 'abstain',
        text: `${missingTextsReply(missing, corpus)}\n\nBạn có thể liên hệ:\n${formatHotlines(hotlinesFor(ctx.province ?? null))}`,
        citations: [],
      };
    }
    // Today's name of a merged province (`Đà Nẵng`) means the former province's documents.
    const r = await answerer(withFormerProvince(text, updates, corpusProvinces(corpus)), ctx);
    return withNotes(r, updates, corpus);
  };
}

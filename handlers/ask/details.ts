// A detail asked of a topic the documents mention without stating it: the interest rate or the ceiling of a loan
// victims may take ("được xem xét tạo điều kiện vay vốn"), an age limit, a number of copies, how long something
// lasts. The passages on the topic share the question's words, so the nearest one reads like an answer; the honest
// reply says the detail is not stated and where the topic is mentioned, without quoting it as the answer.
import { docsById } from '../../knowledge/load.js';
import type { Chunk, Corpus, DocMeta } from '../../knowledge/types.js';
import { foldedWords } from '../../knowledge/text.js';
import { analyze, foldToken, isStopword, splitSentences } from '../../retrieval/text.js';
import { answerTypes, carries, statesCountOf } from '../../retrieval/question-type.js';
import { TEXT_WORD } from '../../retrieval/named-text.js';
import type { SearchHit } from '../../retrieval/types.js';
import { corpusProvinces } from '../updates/names.js';
import { questionParts } from '../answer/parts.js';
import { askedPart } from '../../retrieval/asking-sentence.js';

export type Detail = 'rate' | 'age' | 'copies' | 'amount' | 'time' | 'count';

/** What the reply calls each detail. */
export const DETAIL_NAMES: Record<Detail, string> = {
  rate: 'lãi suất',
  age: 'giới hạn độ tuổi',
  copies: 'số bản phải nộp',
  amount: 'số tiền, mức cụ thể',
  time: 'thời hạn, thời gian cụ thể',
  count: 'con số cụ thể',
};

// Folded cues of the details a passage must state in figures.
const RATE = / (lai suat|tien lai|lai (bao nhieu|may|the nao|ra sao)) /;
const AGE = / ((bao nhieu|may) tuoi|do tuoi (nao|bao nhieu)|tuoi (toi da|toi thieu)|gioi han (do )?tuoi) /;
const COPIES = / (may|bao nhieu) ban( sao| chinh| photo)? /;
// A limit asked of an amount, a time or a count: "tối đa", "ít nhất", "hạn mức", "thời hạn … mấy năm".
const LIMIT = / (toi da|toi thieu|nhieu nhat|it nhat|han muc|khong qua|thoi han) /;
// Written with diacritics: folded, "tiền" is also "tiến (hành)" and "đồng" is also "(cộng) đồng".
const MONEY = /(?<!\p{L})(tiền|kinh phí|mức chi|mức hỗ trợ|mức trợ cấp)(?!\p{L})/iu;

/** The detail a question asks that a passage must state in figures, or undefined. */
export function detailAsked(question: string): Detail | undefined {
  const q = foldedWords(question);
  if (RATE.test(q)) return 'rate';
  if (AGE.test(q)) return 'age';
  // "mấy bản" as typed: folded, "bán" (sell) and "bạn" (friend) read the same.
  if (COPIES.test(q) && /(mấy|bao nhiêu)\s+bản|ban (sao|chinh|photo)/iu.test(question)) return 'copies';
  if (!LIMIT.test(q)) return undefined;
  const types = answerTypes(question);
  const asked = (['amount', 'time'] as const).find((t) => types.includes(t));
  // "tối thiểu bn tiền": a limit of money read as a count is an amount.
  if (asked || !types.includes('count')) return asked;
  return MONEY.test(question) ? 'amount' : 'count';
}

// A sentence that leaves an amount or a term to rules it does not give ("Điều kiện, thời hạn và mức vốn cho vay thực
// hiện theo quy định hiện hành …"): the detail is set elsewhere, not stated here.
const DEFERS = /theo quy định (hiện hành|của pháp luật)/iu;
// How an amount is set without a figure, which does answer how much: "theo giá phương tiện công cộng", "mức hỗ trợ
// theo chi phí đào tạo nghề".
const AMOUNT_BASIS = /(?<!\p{L})mức(?!\p{L})[^.;:]{0,50}?\s(theo|bằng|do)\s|(?<!\p{L})theo (mức|giá)(?!\p{L})/iu;
const STATES_COPIES = statesCountOf('ban');

/** Whether a sentence states the detail. */
function states(detail: Detail, sentence: string): boolean {
  switch (detail) {
    case 'rate':
      return /lãi suất|tiền lãi|lãi\s|%/iu.test(sentence) && /\d/.test(sentence);
    case 'age':
      return /\d+\s*(\([^)]*\)\s*)?tuổi/iu.test(sentence);
    case 'copies':
      return STATES_COPIES(foldedWords(sentence));
    case 'amount':
      return carries('amount', sentence) || (AMOUNT_BASIS.test(sentence) && !DEFERS.test(sentence));
    default:
      return carries(detail, sentence) && !DEFERS.test(sentence);
  }
}

/** Share of the corpus' passages a syllable may occur in and still name a topic ("vay" does, "nạn nhân" does not). */
const MAX_TOPIC_SHARE = 0.05;
const dfCache = new WeakMap<Corpus, Map<string, number>>();
/** In how many passages each folded syllable occurs, once per corpus. */
function passageCounts(corpus: Corpus): Map<string, number> {
  let df = dfCache.get(corpus);
  if (df) return df;
  df = new Map();
  for (const c of corpus.chunks) for (const t of new Set(foldedWords(c.passage).trim().split(' '))) df.set(t, (df.get(t) ?? 0) + 1);
  dfCache.set(corpus, df);
  return df;
}

// Words of the question that ask for the detail or the unit it is counted in ("mỗi tháng", "mỗi lần"), not what it is of.
const ASKING = new Set(
  'lai suat tien dong trieu nghin ngan muc toi da thieu nhieu nhat it han thoi gian nam thang ngay tuan gio tuoi ban sao chinh photo bao nhieu may phan tram lau moi lan'.split(
    ' ',
  ),
);

/** The syllables of the documents' province names: few passages hold them, but they say where, not what. */
const placeCache = new WeakMap<Corpus, Set<string>>();
function placeWords(corpus: Corpus): Set<string> {
  let words = placeCache.get(corpus);
  if (!words) placeCache.set(corpus, (words = new Set(corpusProvinces(corpus).flatMap((p) => p.split('-')))));
  return words;
}

/** The question's syllables that name its topic: content words few passages hold, other than the detail's or a place's. */
export function topicWords(question: string, corpus: Corpus): string[] {
  const df = passageCounts(corpus);
  const max = MAX_TOPIC_SHARE * corpus.chunks.length;
  const places = placeWords(corpus);
  const seq = analyze(question).seq;
  return [...new Set(seq.filter((t) => !isStopword(t)).map(foldToken))].filter((t) => {
    const n = df.get(t) ?? 0;
    return n > 0 && n <= max && !ASKING.has(t) && !places.has(t) && !/^\d+$/.test(t);
  });
}

/** Where the documents mention the topic whose details are not stated: the document and the passage's headings. */
export interface UnstatedDetail {
  details: Detail[];
  doc: DocMeta;
  path: string[];
}

// "theo quy định nào", "căn cứ văn bản nào": the rule that sets the detail is asked, not the detail.
const ASKS_RULE = new RegExp(` (theo|tai|o) ${TEXT_WORD} (nao|gi) | can cu `);

/**
 * Where the question's topic is mentioned when every part of the question asks a detail that no passage on the topic
 * states; undefined when a part asks something else or its detail is stated. A part naming no topic of its own ("…,
 * lãi suất mấy phần trăm?") asks it of the question's.
 */
export function unstatedDetail(question: string, usable: SearchHit[], corpus: Corpus): UnstatedDetail | undefined {
  const found: { detail: Detail; on: Passage }[] = [];
  const parts = questionParts(question);
  // The ranker's confidence is of the whole question: only a one-part question's first passage answers by it.
  const first = parts.length === 1 ? usable[0] : undefined;
  // A story told around the ask names its circumstances ("em gái", "biên phòng"), not the topic whose detail is asked.
  const topicOf = (text: string) => topicWords(askedPart(text) ?? text, corpus);
  for (const part of parts) {
    const words = topicOf(part);
    const one = unstatedIn(part, words.length ? words : topicOf(question), usable, corpus, first);
    if (!one) return undefined;
    found.push(one);
  }
  const details = [...new Set(found.map((f) => f.detail))];
  return { details, doc: found[0].on.doc, path: found[0].on.chunk.path };
}

interface Passage {
  doc: DocMeta;
  chunk: Chunk;
}

/**
 * The detail one ask wants and the passage on its topic, when no passage on the topic states the detail: among the
 * usable passages, else (none of them on the topic) among all of the documents'; undefined when no detail is asked,
 * when it is stated, or when no passage names the topic (the question's words are not the documents', so nothing is
 * known of what they hold).
 */
function unstatedIn(
  ask: string,
  topic: string[],
  usable: SearchHit[],
  corpus: Corpus,
  first: SearchHit | undefined,
): { detail: Detail; on: Passage } | undefined {
  const detail = detailAsked(ask);
  if (!detail || !topic.length || ASKS_RULE.test(foldedWords(ask))) return undefined;
  // The ranker's first passage, holding most of the question and stating the detail, answers, whatever rare word of the
  // question it lacks ("mỗi tháng").
  if (first && first.confidence >= SURE_STATED && statedIn(detail, first.chunk.text)) return undefined;
  const onTopic = (passage: string) => {
    const words = foldedWords(passage);
    return topic.some((t) => words.includes(` ${t} `));
  };
  const hits = usable.filter((h) => onTopic(h.chunk.passage)).map((h) => ({ doc: h.doc, chunk: h.chunk }));
  // Usable passages that miss the topic answer something else: the documents' passages on it say whether they state it.
  const pool = hits.length ? hits : corpusOnTopic(corpus, onTopic);
  // The figure may sit in the sentence after the one naming the topic ("… quần áo … Mức chi … không quá 400.000 đồng").
  if (!pool.length || pool.some((h) => statedIn(detail, h.chunk.text))) return undefined;
  return { detail, on: pool[0] };
}

/** Share of the question the ranker's first passage must hold for its figure to answer (SearchHit.confidence). */
const SURE_STATED = 0.6;

/** Whether a sentence of a passage states the detail. */
const statedIn = (detail: Detail, text: string) => splitSentences(text).some((s) => states(detail, s));

/** The documents' passages on the topic, with their documents. */
function corpusOnTopic(corpus: Corpus, onTopic: (passage: string) => boolean): Passage[] {
  const docs = docsById(corpus);
  return corpus.chunks.filter((c) => onTopic(c.passage)).map((chunk) => ({ doc: docs.get(chunk.docId)!, chunk }));
}

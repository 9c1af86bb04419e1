// Where a person who was trafficked, or their legal representative, goes in person to report it. The place is
// never written here: it is the sentence of the documents that says so ("… thì đến Ủy ban nhân dân cấp xã, cơ quan
// Công an … trình báo về việc bị mua bán"), taken from the live corpus with its citation, the text in force first.
// Used by the question pipeline ("trình báo thì đến đâu") and by the first reply to a victim or relative who is
// back and safe.
import { citationLabel } from '../knowledge/cite.js';
import { foldedAsMeant, foldedWords } from '../knowledge/text.js';
import type { Corpus, DocMeta, Section } from '../knowledge/types.js';
import { validityWeight } from '../knowledge/validity.js';
import { choosesBetweenBodies } from '../retrieval/question-type.js';
import { splitSentences } from '../retrieval/text.js';
import { COUNTRY, OVER_THERE } from '../retrieval/countries.js';
import { citationOf } from './answer/cite.js';
import { isBackHome, type Situation } from './conversation/situation.js';
import { mentionsAbroad, NOT_REPORTING } from './contacts-answer.js';
import type { AnswerResult, Citation } from './types.js';

/** A sentence stating where a person goes to report being trafficked (folded words). */
const STATES_PLACE = / den .*(trinh|khai) bao ve viec bi mua ban /;
// Where a person back from abroad on their own reports, or who takes their report ("… từ nước ngoài tự trở về, đến
// trình báo tại …", "… tiếp nhận trình báo của nạn nhân tự trở về …").
const STATES_BORDER_PLACE = / tu tro ve .*(den trinh bao tai|tiep nhan trinh bao)|(den trinh bao tai|tiep nhan trinh bao) .*tu tro ve /;

/** A sentence of a regulation, as quoted (without its clause number), with where it stands. */
export interface QuotedSentence {
  doc: DocMeta;
  section: Section;
  quote: string;
  /** Where the quote stands when it is a heading of the section (its clause), not the section's own text. */
  path?: string[];
}
export type ReportPlace = QuotedSentence;

/** A clause's or point's own number before its text ("2. ", "b) "), left out of a quote. */
export const CLAUSE_NUMBER = /^(\d{1,2}\.|[a-zđ]\))\s+/u;
const found = new WeakMap<Corpus, Map<string, QuotedSentence[]>>();

/**
 * The regulations' sentences whose folded words match `pattern`: texts in force (or of unknown status) before ended
 * or replaced ones, between equals the later text, and each text's sentences in its own order. Read once per corpus
 * and pattern: the corpus is only replaced whole on a reload.
 */
export function regulationSentences(corpus: Corpus, pattern: RegExp): QuotedSentence[] {
  return sentencesOf(corpus, pattern, 'regulation');
}

/** The provinces' plans' sentences whose folded words match `pattern`, in the same order as the regulations'. */
export function planSentences(corpus: Corpus, pattern: RegExp): QuotedSentence[] {
  return sentencesOf(corpus, pattern, 'plan');
}

function sentencesOf(corpus: Corpus, pattern: RegExp, kind: DocMeta['kind']): QuotedSentence[] {
  let byPattern = found.get(corpus);
  if (!byPattern) found.set(corpus, (byPattern = new Map()));
  const key = `${kind} ${pattern.source}`;
  const known = byPattern.get(key);
  if (known) return known;
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const sentences: QuotedSentence[] = [];
  const leadsSeen = new Set<string>();
  for (const section of corpus.sections) {
    const doc = docs.get(section.docId);
    if (doc?.kind !== kind) continue;
    // A clause whose sentence ends in a colon is the heading of the points under it: quoted once, cited with the
    // first of them (which says what follows from it).
    section.path.forEach((heading, i) => {
      const quote = heading.replace(CLAUSE_NUMBER, '');
      const key = `${doc.id}\n${heading}`;
      if (quote === heading || leadsSeen.has(key) || !pattern.test(foldedWords(quote))) return;
      leadsSeen.add(key);
      sentences.push({ doc, section, quote, path: section.path.slice(0, i + 1) });
    });
    for (const s of splitSentences(section.text)) {
      const quote = s.replace(CLAUSE_NUMBER, '');
      if (pattern.test(foldedWords(quote))) sentences.push({ doc, section, quote });
    }
  }
  sentences.sort((a, b) => validityWeight(b.doc) - validityWeight(a.doc) || (b.doc.year ?? 0) - (a.doc.year ?? 0));
  byPattern.set(key, sentences);
  return sentences;
}

/** The documents' sentence on where to report in person, from the most current text that has one. */
export function reportPlace(corpus: Corpus): ReportPlace | undefined {
  return regulationSentences(corpus, STATES_PLACE)[0];
}

/** The documents' sentences on where a person back from abroad on their own reports (a border post, the police…). */
export function borderReportPlaces(corpus: Corpus): QuotedSentence[] {
  return regulationSentences(corpus, STATES_BORDER_PLACE);
}

// "trình báo / khai báo" (not "báo tin" about someone else, which the hotlines and the police take) with a question
// of where the asker goes or whom they see ("thì đến đâu", "vô đâu", "đến cơ quan nào", "gặp ai"), or of where the report is
// made ("trình báo ở đâu", "khai báo với ai"). "Hiện tại ai xác minh…" and "phối hợp với ai" ask who acts, not where to go.
const REPORT_VERB = / (trinh bao|khai bao) /;
const PLACES = 'dau|co quan nao|noi nao|cho nao|don vi nao|ben nao';
const PLACE_ASKED = `(${PLACES})`;
const WHERE = `(${PLACES}|ai)`;
// "trình báo cơ quan nào" names the place right after the verb.
const WHERE_ASKED = new RegExp(
  ` ((den|di|toi|ra|gap|tim|lien he|lien lac)( (nhung|cac))? ${WHERE}|(vo|vao) ${PLACE_ASKED}|(trinh bao|khai bao) (\\w+ ){0,3}?(o|tai|voi) ${WHERE}|(trinh bao|khai bao) (co quan|don vi|noi|cho|ben) nao) `,
);
// "xã tiếp nhận trình báo thì báo cho ai": an agency that receives a report asks the procedure, not where to go.
const RECEIVED = / (tiep nhan|nhan duoc|nhan) (tin )?(trinh bao|khai bao) /;

// "Muốn báo thì tới đâu báo", "đi đâu để báo": plain "báo" with going somewhere is reporting in person too ("báo tin",
// "báo cáo", "bảo vệ" are not).
const GO_TO_REPORT = new RegExp(
  ` bao(?! (tin|${NOT_REPORTING})\\b)( \\w+){0,2} (den|di|toi|ra) ${WHERE} | (den|di|toi|ra) ${WHERE}( de)? bao(?! (tin|${NOT_REPORTING})\\b) `,
);

// "Bị lừa bán trốn về được thì đến công an hay lên xã": a person back from being trafficked choosing between two bodies
// asks where to report, though no verb of reporting is said.
const BACK_FROM_TRAFFICKING =
  / (bi (\w+ ){0,2}ban|mua ban|nan nhan)( \w+){0,8} (tron|chay|thoat|tu|duoc (tha|giai cuu|dua))( \w+){0,3} ve /;
// "… muốn nhận tiền hỗ trợ thì lên xã hay lên huyện", "cần tư vấn học nghề thì …": a purpose of its own, not a report.
const OTHER_PURPOSE = / (muon|can|de|xin) (?!(bao|trinh bao|khai bao|to giac)\b)/;

/** The question asks where (or to whom) a victim or their family goes to report the trafficking in person. */
export function asksWhereToReport(text: string): boolean {
  const f = foldedWords(text);
  const choice = choosesBetweenBodies(text);
  const where = WHERE_ASKED.test(f) || choice;
  // Typed with marks, "tư (vấn)" is no "tự (về)".
  const back = BACK_FROM_TRAFFICKING.test(foldedAsMeant(text, ['tự'])) && choice && !OTHER_PURPOSE.test(f);
  return ((REPORT_VERB.test(f) && where) || GO_TO_REPORT.test(f) || back) && !RECEIVED.test(f);
}

/** The place to report in person as a reply block: the documents' sentence and its source, for the case reply. */
export function reportPlaceBlock(place: ReportPlace): string {
  return (
    'Khi sẵn sàng, bạn hoặc người thân có thể đến trình báo trực tiếp. ' +
    `Theo ${citationLabel(place.doc, place.section.path)}: «${place.quote}»`
  );
}

// Crossing the border home: "qua biên giới", "cửa khẩu", "đường mòn", "tiểu ngạch", "vượt biên".
const CROSSED_BORDER = / (bien gioi|cua khau|duong mon|tieu ngach|vuot bien) /;
// Over there, however the place is said: a country, abroad, across the border, or only "bên đó", "bên kia".
const PLACE_OVER_THERE = `(${OVER_THERE}|(ben |ben kia |phia )?(bien gioi|nuoc ngoai|${COUNTRY})( \\w+)?)`;
// What is sent from over there without the person, by its verb: a call, a message, money ("gọi điện từ bên Trung Quốc
// về", "gửi tiền từ nước ngoài về"). Not the nouns alone: "hết tiền nên tự về", "được tin cháu đã từ Lào về" are back.
const SENT_FROM_ABROAD = new RegExp(
  ` (goi|goi dien|dien thoai|nhan tin|gui|chuyen|chuyen khoan)( \\w+){0,2} tu ${PLACE_OVER_THERE} (tro )?ve `,
  'g',
);
// Back by oneself or from over there ("tự về", "tự trở về", "trốn từ bên kia biên giới về", "vừa từ Lào về"), beside
// the escapes and homecomings isBackHome reads.
const CAME_BACK = new RegExp(` tu (${PLACE_OVER_THERE} |(\\w+ ){0,2})(tro )?ve `);
// "báo cho ai / cơ quan nào": said by someone back across the border, whom they tell is where they report.
const TELL_WHOM = new RegExp(` bao (cho |voi )?${WHERE} `);

// Escaped and back ("trốn từ bên kia biên giới về", "thoát được về tới nhà"): a flight home from those holding them;
// not one still trying ("đang trốn chưa thoát về được").
const ESCAPED_BACK = / (tron|thoat|bo tron|chay tron)( \w+){0,5} ve /;
const NOT_BACK_YET = / chua( \w+){0,2} ve /;

/**
 * The person escaped from abroad or across the border and came back: what the documents' reception of returning
 * victims is about ("trốn nghĩa vụ quân sự về quê" is no such flight).
 */
export function escapedBack(text: string): boolean {
  const f = foldedWords(text);
  return ESCAPED_BACK.test(f) && !NOT_BACK_YET.test(f) && aboutAbroadOrBorder(text);
}

/** The person has come back (escaped, released, come home, or come back on their own). */
export function cameBack(text: string): boolean {
  return isBackHome(text) || CAME_BACK.test(foldedWords(text).replace(SENT_FROM_ABROAD, ' '));
}

/** The question is about someone abroad or coming back across the border ("bị bán sang Lào", "trốn về qua cửa khẩu"). */
export function aboutAbroadOrBorder(text: string): boolean {
  return mentionsAbroad(text) || CROSSED_BORDER.test(foldedWords(text));
}

/**
 * Someone back across the border asks whom they tell ("trốn về qua cửa khẩu thì báo cho cơ quan nào"): their own
 * case, so the question is where to report it, like "trình báo ở đâu".
 */
export function asksWhomToTellAfterCrossing(text: string): boolean {
  const f = foldedWords(text);
  return CROSSED_BORDER.test(f) && cameBack(text) && TELL_WHOM.test(f);
}

/**
 * The place to report in person for a first case reply, or undefined: only for a report (nobody in danger now)
 * by someone back and safe, or by someone not held who asks where to report.
 */
export function inPersonFor(label: 'emergency' | 'report', situation: Situation, text: string, corpus: Corpus | undefined) {
  if (!corpus || label !== 'report') return undefined;
  const fits = situation === 'returned' || (situation !== 'self' && situation !== 'ransom' && asksWhereToReport(text));
  return fits ? reportPlace(corpus) : undefined;
}

/** Up to this long, a citation block quotes its whole clause; beyond it, only the sentences quoted. */
const MAX_BLOCK_CHARS = 700;

/** Sentences in the order given, grouped by their section (a section's sentences are cited once). */
function bySection(sentences: QuotedSentence[]): QuotedSentence[][] {
  const groups = new Map<string, QuotedSentence[]>();
  for (const s of sentences) groups.set(s.section.id, [...(groups.get(s.section.id) ?? []), s]);
  return [...groups.values()];
}

/** A paragraph of an answer quoting the documents: an optional lead line, then a line per section quoted. */
export interface QuotedParagraph {
  lead?: string;
  sentences: QuotedSentence[];
}

/**
 * Sentences of the documents as an answer: each paragraph's quotes with their sources, then the hotlines for what
 * cannot wait (when given), then the citations with the passages quoted.
 */
export function quotedAnswer(paragraphs: QuotedParagraph[], hotlines?: string): AnswerResult {
  const citations: Citation[] = [];
  const blocks: string[] = [];
  const text = paragraphs.map(({ lead, sentences }) => {
    const lines = bySection(sentences).map((group) => {
      const { doc, section, path } = group[0];
      const quotes = group.map((s) => s.quote);
      const c = citationOf(citations.length + 1, doc, path ?? section.path, section.id, { quotes });
      citations.push(c);
      const clause = section.text.replace(CLAUSE_NUMBER, '');
      const passage = clause.length <= MAX_BLOCK_CHARS ? `«${clause}»` : quotes.map((q) => `«${q}»`).join('\n');
      blocks.push(`[${c.n}] ${c.label}\n${passage}`);
      return `Theo ${c.label} [${c.n}]: ${quotes.map((q) => `«${q}»`).join(' ')}`;
    });
    return [...(lead ? [lead] : []), ...lines].join('\n');
  });
  return {
    kind: 'answer',
    text: [
      ...text,
      ...(hotlines ? [`Nếu có người đang gặp nguy hiểm hoặc cần gấp, hãy gọi:\n${hotlines}`] : []),
      `Trích dẫn:\n${blocks.join('\n\n')}`,
    ].join('\n\n'),
    citations,
  };
}

/**
 * The answer to "where do I go to report": the documents' sentence first, then, for a person back from abroad on
 * their own, the sentences naming where they report at or after the border; the hotlines for what cannot wait.
 */
export function reportPlaceAnswer(place: ReportPlace, hotlines: string, border: QuotedSentence[] = []): AnswerResult {
  const more = border.length ? [{ lead: 'Với người từ nước ngoài tự trở về:', sentences: border }] : [];
  return quotedAnswer([{ sentences: [place] }, ...more], hotlines);
}

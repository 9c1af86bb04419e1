// Where a person who was trafficked, or their legal representative, goes in person to report it. The place is
// never written here: it is the sentence of the documents that says so ("… thì đến Ủy ban nhân dân cấp xã, cơ quan
// Công an … trình báo về việc bị mua bán"), taken from the live corpus with its citation, the text in force first.
// Used by the question pipeline ("trình báo thì đến đâu") and by the first reply to a victim or relative who is
// back and safe.
import { citationLabel } from '../knowledge/cite.js';
import { foldedWords } from '../knowledge/text.js';
import type { Corpus, DocMeta, Section } from '../knowledge/types.js';
import { validityWeight } from '../knowledge/validity.js';
import { splitSentences } from '../retrieval/text.js';
import { citationOf } from './answer/cite.js';
import type { Situation } from './conversation/situation.js';
import type { AnswerResult, Citation } from './types.js';

/** A sentence stating where a person goes to report being trafficked (folded words). */
const STATES_PLACE = / den .*(trinh|khai) bao ve viec bi mua ban /;

export interface ReportPlace {
  doc: DocMeta;
  section: Section;
  /** The sentence that names the places, as the document words it (without its clause number). */
  quote: string;
}

const found = new WeakMap<Corpus, ReportPlace | null>();

/** The documents' sentence on where to report in person, from the most current text that has one. */
export function reportPlace(corpus: Corpus): ReportPlace | undefined {
  const known = found.get(corpus);
  if (known !== undefined) return known ?? undefined;
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  let best: ReportPlace | undefined;
  for (const section of corpus.sections) {
    const doc = docs.get(section.docId);
    if (doc?.kind !== 'regulation') continue;
    const quote = splitSentences(section.text)
      .map((s) => s.replace(/^\d{1,2}\.\s+/, ''))
      .find((s) => STATES_PLACE.test(foldedWords(s)));
    if (quote && (!best || isMoreCurrent(doc, best.doc))) best = { doc, section, quote };
  }
  found.set(corpus, best ?? null);
  return best;
}

/** Texts in force (or of unknown status) before ended or replaced ones; between equals, the later text. */
function isMoreCurrent(a: DocMeta, b: DocMeta): boolean {
  const weight = validityWeight(a) - validityWeight(b);
  return weight > 0 || (weight === 0 && (a.year ?? 0) > (b.year ?? 0));
}

// "trình báo / khai báo" (not "báo tin" about someone else, which the hotlines and the police take) with a question
// of where the asker goes or whom they see ("thì đến đâu", "đến cơ quan nào", "gặp ai"), or of where the report is
// made ("trình báo ở đâu", "khai báo với ai"). "Hiện tại ai xác minh…" and "phối hợp với ai" ask who acts, not where to go.
const REPORT_VERB = / (trinh bao|khai bao) /;
const WHERE = '(dau|co quan nao|noi nao|cho nao|don vi nao|ben nao|ai)';
const WHERE_ASKED = new RegExp(
  ` ((den|di|toi|ra|gap|tim|lien he|lien lac)( (nhung|cac))? ${WHERE}|(trinh bao|khai bao) (\\w+ ){0,3}?(o|tai|voi) ${WHERE}) `,
);
// "xã tiếp nhận trình báo thì báo cho ai": an agency that receives a report asks the procedure, not where to go.
const RECEIVED = / (tiep nhan|nhan duoc|nhan) (tin )?(trinh bao|khai bao) /;

/** The question asks where (or to whom) a victim or their family goes to report the trafficking in person. */
export function asksWhereToReport(text: string): boolean {
  const f = foldedWords(text);
  return REPORT_VERB.test(f) && WHERE_ASKED.test(f) && !RECEIVED.test(f);
}

/** The place to report in person as a reply block: the documents' sentence and its source, for the case reply. */
export function reportPlaceBlock(place: ReportPlace): string {
  return (
    'Khi sẵn sàng, bạn hoặc người thân có thể đến trình báo trực tiếp. ' +
    `Theo ${citationLabel(place.doc, place.section.path)}: «${place.quote}»`
  );
}

/** The citation of the place's sentence. */
function reportPlaceCitation(place: ReportPlace): Citation {
  return citationOf(1, place.doc, place.section.path, place.section.id, { quotes: [place.quote] });
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

/** The answer to "where do I go to report": the documents' sentence first, the hotlines for what cannot wait. */
export function reportPlaceAnswer(place: ReportPlace, hotlines: string): AnswerResult {
  const citation = reportPlaceCitation(place);
  const clause = place.section.text.replace(/^\d{1,2}\.\s+/, '');
  return {
    kind: 'answer',
    text:
      `Theo ${citation.label} [1]: «${place.quote}»\n\n` +
      `Nếu có người đang gặp nguy hiểm hoặc cần gấp, hãy gọi:\n${hotlines}\n\n` +
      `Trích dẫn:\n[1] ${citation.label}\n«${clause}»`,
    citations: [citation],
  };
}

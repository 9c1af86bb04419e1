// "Luật phòng, chống mua bán người 2024 số hiệu là gì", "Luật 53/2024 được Quốc hội thông qua ngày nào", "Nghị định
// 09/2013 do cơ quan nào ban hành", "Luật 66/2011 có bao nhiêu điều": the particulars of a bundled text (its number,
// who issued it and when, how many articles it has) are in its own front matter, not in any passage a search finds.
// The answer states them with the text's opening article cited, and says when the folder holds only an excerpt.
import { foldedWords, vnDate } from '../../knowledge/text.js';
import type { Corpus, DocMeta } from '../../knowledge/types.js';
import { WHEN_ASKED } from '../../retrieval/question-type.js';
import { citationOf } from '../answer/cite.js';
import type { AskResult } from './types.js';

type Particular = 'number' | 'issued' | 'issuer' | 'articles';

// What is asked of the text, in folded words.
const ASKS: [Particular, RegExp][] = [
  ['number', / (so hieu|mang so (gi|may|nao)|(la )?(luat|nghi dinh|thong tu|van ban)? ?so (may|bao nhieu|nao|gi)) /],
  ['issued', new RegExp(` ((ban hanh|ky|thong qua)( \\w+){0,2} ${WHEN_ASKED}|ngay (ban hanh|ky|thong qua)) `)],
  ['issuer', / ((ai|co quan nao|cap nao) (ban hanh|ky|thong qua)|(do|boi) (ai|co quan nao)( ban hanh| ky| thong qua)?) /],
  ['articles', / (bao nhieu|may) dieu /],
];

// A law named by its year ("luật phòng, chống mua bán người 2024"); named as today's law ("luật hiện hành số mấy")
// it is the change the update file answers.
const LAW_WORD = / luat /;
// "Nghị định hướng dẫn luật … ban hành ngày nào": another text, named by the law it details, is the one asked about.
const TEXT_OF_LAW = / (nghi dinh|nd|thong tu|tt|ttlt|van ban|quyet dinh)( \w+){0,4} luat /;

// Chapters, sections, pages: no front matter counts them, so a question asking them too is left to the other steps.
const ASKS_OTHER_COUNT = / (bao nhieu|may) (chuong|muc|trang|phu luc) /;
// Whether the text still applies and what replaced it ("còn áp dụng không, luật mới số mấy") is the change the update
// file answers, with today's law cited: the named text's own particulars are not what is asked.
const ASKS_CHANGE = / (con (ap dung|hieu luc|dung|duoc dung)|het hieu luc|(luat|van ban|nghi dinh) moi|thay the|bi thay|thay cho) /;

/** The particulars a folded question asks of a text, in the order of ASKS; none when it also asks another count or a change. */
function particularsAsked(q: string): Particular[] {
  return ASKS_OTHER_COUNT.test(q) || ASKS_CHANGE.test(q) ? [] : ASKS.filter(([, re]) => re.test(q)).map(([p]) => p);
}

/** `53/2024/QH15` named as `53/2024`, `53 2024` or `53/2024/QH15` (folded: ` 53 2024 `), `09/2013` also as `9/2013`. */
function namesNumber(q: string, number: string): boolean {
  const [n, year] = number.split('/');
  return q.includes(` ${n} ${year} `) || q.includes(` ${Number(n)} ${year} `);
}

const isLaw = (d: DocMeta) => d.kind === 'regulation' && /^Luật\s/u.test(d.title);

/** The one bundled regulation a folded question names: by number, else a law by its year. */
function textNamed(q: string, corpus: Corpus): DocMeta | undefined {
  const regulations = corpus.docs.filter((d) => d.kind === 'regulation' && d.number);
  const byNumber = regulations.filter((d) => namesNumber(q, d.number!));
  if (byNumber.length) return byNumber.length === 1 ? byNumber[0] : undefined;
  if (!LAW_WORD.test(q) || TEXT_OF_LAW.test(q)) return undefined;
  const laws = regulations.filter(isLaw);
  const byYear = laws.filter((d) => d.year !== null && q.includes(` ${d.year} `));
  return byYear.length === 1 ? byYear[0] : undefined;
}

/** `Trích 7 trong 63 điều` → held 7 of 63; `Đủ 58/58 điều` → 58 of 58; undefined when the note gives no count. */
function articleCount(doc: DocMeta): { held: number; total: number } | undefined {
  const m = /(?:trích\s+(\d+)\s+trong|đủ\s+(\d+)\s*\/)\s*(\d+)\s+điều/iu.exec(doc.completeness ?? '');
  return m ? { held: Number(m[1] ?? m[2]), total: Number(m[3]) } : undefined;
}

/** The sentences stating what was asked of the text; undefined when the front matter lacks one of them. */
function particularSentences(doc: DocMeta, asked: Particular[]): string[] | undefined {
  const out: string[] = [];
  const verb = isLaw(doc) ? 'thông qua' : 'ban hành';
  if (asked.some((p) => p !== 'articles')) {
    if (!doc.number || !doc.issuer || !doc.issuedDate) return undefined;
    const effective = doc.effectiveDate ? `, có hiệu lực từ ${vnDate(doc.effectiveDate)}` : '';
    const status = doc.statusNote ? ` (${doc.statusNote})` : '';
    out.push(
      `${doc.title.replace(/\s*\(.*\)\s*$/u, '')} có số hiệu ${doc.number}, do ${doc.issuer} ${verb} ngày ${vnDate(doc.issuedDate)}${effective}${status}.`,
    );
  }
  if (asked.includes('articles')) {
    const count = articleCount(doc);
    if (!count) return undefined;
    const excerpt = count.held < count.total ? ` Kho văn bản chỉ có bản trích ${count.held} trong ${count.total} điều.` : '';
    out.push(`${doc.shortName} có ${count.total} điều.${excerpt}`);
  }
  return out;
}

/**
 * The number, issuer, date or article count of the bundled text a question names, from its front matter, with its
 * opening article cited; undefined when the question asks none of these or names no single bundled text.
 */
export function textParticularsAnswer(question: string, corpus: Corpus): AskResult | undefined {
  const q = foldedWords(question);
  const asked = particularsAsked(q);
  const doc = asked.length ? textNamed(q, corpus) : undefined;
  const sentences = doc && particularSentences(doc, asked);
  if (!doc || !sentences) return undefined;
  const opening = corpus.sections.find((s) => s.docId === doc.id && s.text.trim());
  const citation = opening && citationOf(1, doc, opening.path, opening.id);
  const cited = citation ? ` [1]\n\nTrích dẫn:\n[1] ${citation.label}` : '';
  return { kind: 'answer', text: `${sentences.join(' ')}${cited}`, citations: citation ? [citation] : [] };
}

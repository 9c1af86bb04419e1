// "Bóc lột tình dục được hiểu là gì": a term the legal texts define in a sentence of its own ("2. Bóc lột tình dục
// là việc …"). That sentence is the answer, and the definition of a text in force leads, the replaced text's follows:
// left to the ranker, whichever wording shares more of the question's words would lead.
import { validityBadge } from '../../knowledge/cite.js';
import { foldedWords } from '../../knowledge/text.js';
import type { Corpus } from '../../knowledge/types.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import type { Unit } from '../../retrieval/units.js';

// "X là gì", "X được hiểu là gì / như thế nào", "X nghĩa là gì"; "thế nào là X", "khái niệm X".
const MEANING_AFTER =
  / (duoc hieu (la gi|nhu the nao|the nao|ra sao)|(co )?nghia la gi|duoc dinh nghia (la gi|nhu the nao|the nao)|la gi)$/;
const MEANING_BEFORE = /^(the nao la|khai niem( ve)?|dinh nghia( ve)?) /;
// Words around the term that only say where to look: "theo luật (mới)", "trong luật", "vậy", "thì".
const WHERE_BEFORE =
  /^((theo|trong) (luat|phap luat|quy dinh|van ban)( (hien hanh|hien nay|moi nhat|moi|2024|nam 2024))*|cho hoi|vay|thi)( |$)/;
const WHERE_AFTER = / ((theo|trong) (luat|phap luat|quy dinh|van ban)( \w+){0,6}|vay|a|nhi|the|nhe)$/;
// A term is a few words naming one thing; "các biện pháp bảo vệ là gì" asks for members, a question word asks something else.
const NOT_A_TERM = /(^| )(cac|nhung|ai|nao|gi|sao|bao nhieu|may|khi|neu|co phai)( |$)/;
const MAX_TERM_WORDS = 6;
/** Definitions quoted at most: one per text. */
const MAX_DEFINITIONS = 3;
// A clause or point marker before the defined term: "2. ", "b) ".
const MARKER = /^(\d{1,2}\.|[a-zđ]\))\s+/u;

/** The folded term a question asks the meaning of ("bóc lột tình dục được hiểu là gì" → `boc lot tinh duc`), or undefined. */
export function definedTerm(question: string): string | undefined {
  let q = foldedWords(question).trim();
  for (let prev = ''; prev !== q; ) {
    prev = q;
    q = q.replace(WHERE_BEFORE, '').replace(WHERE_AFTER, '').trim();
  }
  let term: string | undefined;
  if (MEANING_AFTER.test(q)) term = q.replace(MEANING_AFTER, '');
  else if (MEANING_BEFORE.test(q)) term = q.replace(MEANING_BEFORE, '');
  term = term?.replace(WHERE_BEFORE, '').trim();
  if (!term || NOT_A_TERM.test(term) || term.split(' ').length > MAX_TERM_WORDS) return undefined;
  return term;
}

interface Opening {
  section: number;
  /** The section's text without its clause marker, folded, as ` words `. */
  folded: string;
}

const OPENING_CHARS = 120;
const openingsCache = new WeakMap<Corpus, Opening[]>();
/** The opening words of every section of a legal text, folded, once per loaded corpus. */
function openingsOf(corpus: Corpus): Opening[] {
  let openings = openingsCache.get(corpus);
  if (openings) return openings;
  const legal = new Set(corpus.docs.filter((d) => d.kind === 'regulation').map((d) => d.id));
  openings = corpus.sections.flatMap((s, section) =>
    legal.has(s.docId) && s.text.trim()
      ? [{ section, folded: foldedWords(s.text.trim().replace(MARKER, '').slice(0, OPENING_CHARS)) }]
      : [],
  );
  openingsCache.set(corpus, openings);
  return openings;
}

/**
 * The defining paragraph of section `i` as a hit of its own, cited by the section's path; what the clause adds after
 * it ("… cũng được coi là mua bán người") is one tap away in the full text.
 */
function definitionHit(index: KnowledgeIndex, i: number, confidence: number): SearchHit | undefined {
  const s = index.corpus.sections[i];
  const doc = index.corpus.docs.find((d) => d.id === s.docId);
  if (!doc) return undefined;
  const text = s.text.trim().split(/\n/u)[0];
  const chunk: Unit = { id: `${s.id}~d`, docId: s.docId, sectionId: s.id, path: s.path, text, passage: text, start: i, count: 1 };
  return { chunk, doc, score: confidence, confidence, otherProvince: false };
}

// "Những ai được coi là người thân thích của nạn nhân", "người thân thích gồm những ai", "… là những ai": who counts as
// something. The texts list its members in a clause of its own ("2. Người thân thích của nạn nhân, bao gồm: Vợ, chồng,
// …"), while the clauses that only mention it ("… cho nạn nhân, người thân thích của họ") share as many of the words.
const ASKS_WHO_COUNTS =
  /(^| )(nhung )?ai (duoc )?(coi la|xem la|tinh la|la|thuoc) | (bao )?gom (nhung )?(ai|nguoi nao)( |$)| la (nhung )?ai( |$)/;
// A clause opening with what it names and its members: "Người thân thích của nạn nhân, bao gồm: …".
const LISTS_MEMBERS = /^ ((?:\S+ ){2,8}?)(bao gom|gom) /;

/** The sections that open by naming a group of people the question names and listing who is in it, if it asks that. */
function memberListSections(corpus: Corpus, question: string): number[] {
  const q = foldedWords(question);
  if (!ASKS_WHO_COUNTS.test(q)) return [];
  return openingsOf(corpus).flatMap((o) => {
    const named = LISTS_MEMBERS.exec(o.folded)?.[1];
    return named && q.includes(` ${named}`) ? [o.section] : [];
  });
}

/** The sections of the legal texts that define the term the question asks about ("Bóc lột tình dục là việc …"). */
function definingSections(corpus: Corpus, question: string): number[] {
  const term = definedTerm(question);
  if (!term) return [];
  const opens = ` ${term} la `;
  return openingsOf(corpus)
    .filter((o) => o.folded.startsWith(opens))
    .map((o) => o.section);
}

/** The group a member list names, in its own words, asked of: "2. Người thân thích …, bao gồm: …" → "Người thân thích … gồm những ai". */
function membersAsked(hit: SearchHit): string | undefined {
  const named = /^(.+?),?\s+(?:bao gồm|gồm)\b/iu.exec(hit.chunk.text.replace(MARKER, ''))?.[1];
  return named && `${named} gồm những ai`;
}

/**
 * The sections of the legal texts that define the term the question asks about, or list who counts as the group of
 * people it asks about, those of texts in force first, one per text; none when the question asks neither or no text
 * answers it so. `asked`: what they answer, the question itself or, for a member list, who is in the group it names,
 * so that the rest of the question ("… để được áp dụng biện pháp bảo vệ") does not pull in the article's other clauses.
 */
export function definitionHits(index: KnowledgeIndex, question: string, confidence: number): { hits: SearchHit[]; asked: string } {
  const defining = definingSections(index.corpus, question);
  const found = (defining.length ? defining : memberListSections(index.corpus, question))
    .map((i) => definitionHit(index, i, confidence))
    .filter((h): h is SearchHit => h !== undefined);
  const inForceFirst = [...found.filter((h) => !validityBadge(h.doc)), ...found.filter((h) => validityBadge(h.doc))];
  const hits = inForceFirst.filter((h, i) => inForceFirst.findIndex((o) => o.doc.id === h.doc.id) === i).slice(0, MAX_DEFINITIONS);
  return { hits, asked: (!defining.length && hits[0] && membersAsked(hits[0])) || question };
}

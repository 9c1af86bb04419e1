// Texts the documents cite without holding them ("Căn cứ Quy chế phối hợp số 2548/QCPH-…", "Quyết định số 193/QĐ-TTg",
// "Kế hoạch số 4215/KH-UBND"): the documents say what such a text is (its number, issuer, date, what it approves),
// never what it says. A question on its content (its articles, a time limit it sets, the tasks it assigns) has no
// answer here, and the passage that only names it, or another text's rule, is no answer to it. Texts numbered with
// a year ("Nghị định 49/2010") are left to the out-of-scope step, which knows the documents' numbers.
import { docsById } from '../../knowledge/load.js';
import { citationHeading } from '../../knowledge/cite.js';
import { FAMILY_OF_WORD, familyOfNumber } from '../../knowledge/text-kinds.js';
import { alignedFold, foldedWords, stripInvisible } from '../../knowledge/text.js';
import type { Corpus, DocMeta, Section } from '../../knowledge/types.js';
import { namesText } from '../../retrieval/named-text.js';

/** A text named by its kind and number (`qd` 193), as written where it was found. */
interface TextRef {
  family: string;
  n: number;
  /** The reference as written (`Quyết định số 193/QĐ-TTg`), cut at its own punctuation. */
  written: string;
  start: number;
  end: number;
}

const KIND_WORDS = [...FAMILY_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|');
// "quyết định số 193/qđ-ttg", "qđ 525", "quy chế phối hợp 2548": a kind, "số" perhaps, a number and its sign.
const BY_KIND = new RegExp(`(?<![a-z0-9])(${KIND_WORDS})( so)? (\\d{1,5})(\\/[a-z0-9&/-]*[a-z0-9])?(?![a-z0-9])`, 'g');
// "193/qđ-ttg" alone: the sign after the number says the kind.
const BY_SIGN = /(?<![a-z0-9/])(\d{1,5})\/([a-z]+)(-[a-z0-9&-]*[a-z0-9])?(?![a-z0-9])/g;
const YEAR = /^\/(19|20)\d\d(?![0-9])/;
const YEAR_LIKE = /^(19|20)\d\d$/;

/** The texts a piece of text names by kind and number, without a year in the number. */
function referencesIn(text: string): TextRef[] {
  const raw = stripInvisible(text);
  const f = alignedFold(raw);
  if (!f) return [];
  const refs: TextRef[] = [];
  for (const m of f.matchAll(BY_KIND)) {
    const [whole, kind, so, num, sign = ''] = m;
    // "kế hoạch 2024", "luật 2011": a year, not a number; "53/2024": a number with its year, known elsewhere.
    if (YEAR.test(sign) || (!so && !sign && YEAR_LIKE.test(num))) continue;
    refs.push({
      family: FAMILY_OF_WORD.get(kind)!,
      n: Number(num),
      written: raw.slice(m.index, m.index + whole.length),
      start: m.index,
      end: m.index + whole.length,
    });
  }
  for (const m of f.matchAll(BY_SIGN)) {
    const family = FAMILY_OF_WORD.get(m[2]);
    if (!family || refs.some((r) => r.start <= m.index && m.index < r.end)) continue;
    refs.push({ family, n: Number(m[1]), written: raw.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  return refs;
}

const key = (r: { family: string; n: number }) => `${r.family} ${r.n}`;

interface Cited {
  /** The reference as the documents write it, at its first mention. */
  name: string;
  /** The sections mentioning it, in the documents' order. */
  places: { doc: DocMeta; section: Section }[];
}

interface CitedIndex {
  bundled: Set<string>;
  cited: Map<string, Cited>;
}

const cache = new WeakMap<Corpus, CitedIndex>();
function citedIndexOf(corpus: Corpus): CitedIndex {
  let index = cache.get(corpus);
  if (index) return index;
  const bundled = new Set<string>();
  for (const d of corpus.docs) {
    const family = d.number ? familyOfNumber(d.number) : undefined;
    const n = d.number ? Number.parseInt(d.number, 10) : Number.NaN;
    if (family && Number.isFinite(n)) bundled.add(key({ family, n }));
  }
  const docs = docsById(corpus);
  const cited = new Map<string, Cited>();
  for (const section of corpus.sections) {
    const doc = docs.get(section.docId);
    for (const r of doc ? referencesIn(section.text) : []) {
      if (bundled.has(key(r))) continue;
      const entry = cited.get(key(r)) ?? { name: r.written.replace(/[.;,:]+$/u, ''), places: [] };
      if (!entry.places.some((p) => p.section === section)) entry.places.push({ doc: doc!, section });
      cited.set(key(r), entry);
    }
  }
  index = { bundled, cited };
  cache.set(corpus, index);
  return index;
}

// What a citing passage does say of a text: who issued or signed it and when, what it approves or is about, its name,
// and which of the documents rests on it or names it.
const ASKS_IDENTITY =
  / ((ban hanh|ky|thong qua) (ngay|nam|khi|luc|vao) (nao|bao gio)|ngay (nao|may|bao nhieu)|nam nao|(ai|co quan nao|bo nao|nhung bo nao|cac bo nao|don vi nao|cap nao) (ban hanh|ky|phe duyet|lap)|do (ai|co quan nao|bo nao|nhung bo nao|cac bo nao|cap nao)|cua (ai|co quan nao|bo nao|nhung bo nao|cac bo nao|cap nao)|giua (nhung|cac) (bo|co quan|nganh) nao|phe duyet (gi|cai gi|(chuong trinh|ke hoach|de an|van ban) (gi|nao))|ve (viec )?gi|ten (day du )?(la )?gi|la (van ban|quyet dinh|quy che|ke hoach|cai) gi|can cu|dan chieu|nhac (den|toi)|de cap|trich dan|(van ban|ke hoach|tinh|de an) nao|giai doan nao) /;

// A plan of the documents as the frame of the question ("Kế hoạch Sóc Trăng thực hiện Quy chế 2548 thế nào"): what that
// plan says of the cited text is asked, and the plan answers.
const PLAN = / (ke hoach|de an|kh) /;

function framedByBundledText(rest: string, corpus: Corpus): boolean {
  if (corpus.docs.some((d) => !d.province && namesText(rest, d))) return true;
  if (!PLAN.test(rest)) return false;
  return corpus.docs.some((d) => d.province && rest.includes(` ${d.province.replace(/-/g, ' ')} `));
}

/** A text the question asks the content of that the documents only cite, with where they cite it; undefined otherwise. */
export function citedOnlyTextAsked(question: string, corpus: Corpus): Cited | undefined {
  const index = citedIndexOf(corpus);
  const refs = referencesIn(question).filter((r) => !index.bundled.has(key(r)));
  const ref = refs.find((r) => index.cited.has(key(r)));
  if (!ref) return undefined;
  const raw = stripInvisible(question);
  const rest = foldedWords(`${raw.slice(0, ref.start)} ${raw.slice(ref.end)}`);
  if (ASKS_IDENTITY.test(foldedWords(raw)) || framedByBundledText(rest, corpus)) return undefined;
  return index.cited.get(key(ref));
}

/** At most this many places are named where the documents cite a text. */
const MAX_PLACES = 2;

/** Where the documents name a text: `KH Sóc Trăng; KH Quảng Nam 2024 › III. … › 5.`. */
export function citedPlaces(cited: Cited): string {
  return cited.places
    .slice(0, MAX_PLACES)
    .map((p) => citationHeading(p.doc, p.section.path))
    .join('; ');
}

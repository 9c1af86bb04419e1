// Query expansion from the everyday ↔ legal thesaurus: finds the chat wordings a question uses and returns the
// documents' terms for them, which the ranker adds with a lower weight than the question's own words.
import { THESAURUS, type ThesaurusEntry } from './thesaurus.js';
import { CUE_PAIRS, createCuePairReader, type CuePair } from './cue-pairs.js';
import { analyze, containsSeq, foldableSyllables, foldToken, lastRead, matchesAt, seqOf, wordingOf } from './text.js';
import { answerTypes } from './question-type.js';

/**
 * The documents' words for where money comes from. A question asking it ("tiền … lấy ở đâu ra", "kinh phí từ nguồn
 * nào") rarely uses them, and its ask words lie apart from its money word, which no thesaurus wording spans.
 */
const FUNDING_TERMS = ['nguồn kinh phí', 'kinh phí thực hiện', 'ngân sách nhà nước', 'kinh phí thường xuyên', 'chi thường xuyên'];

interface Trigger {
  /** Accented lowercase syllables. */
  accented: string[];
  folded: string[];
  entry: number;
  /** The entry lists this wording among its legal phrases: it stands for itself, and for no shorter wording inside it. */
  blocks: boolean;
}

/** The documents' phrases for one everyday wording found in a question. */
export interface Expansion {
  /** The question's syllables (folded) that the phrases stand for. */
  words: string[];
  /** Phrases the question does not already contain. */
  phrases: string[];
  /** The share of the expansion weight its phrases score with (default 1): less for a story's words than an ask's. */
  share?: number;
}

export interface QueryExpander {
  /** One expansion per everyday wording found in `query`. */
  expansions(query: string): Expansion[];
  /** All their phrases, each once. */
  expand(query: string): string[];
}

const CLAUSE_BREAK = /[,;:!?()\n]+|\.(?!\d)/u;

interface Span {
  start: number;
  end: number;
  entry: number;
  /** The trigger's accented syllables: how the span reads the question's. */
  accented: string[];
  blocks: boolean;
}

/** Two wordings share a syllable that they read with different diacritics. */
function readsOtherwise(a: Span, b: Span): boolean {
  for (let t = Math.max(a.start, b.start); t < Math.min(a.end, b.end); t++) {
    if (a.accented[t - a.start] !== b.accented[t - b.start]) return true;
  }
  return false;
}

/**
 * A longer wording takes the place of one it starts with: `đường dây nóng` is a hotline, not the `đường dây` of a
 * ring. One it ends with keeps its own meaning beside it (`tụi buôn người` still speaks of `buôn người`), unless the
 * longer wording stands for itself (`người nước ngoài` is a foreigner, not someone abroad) or the shorter is a single
 * syllable (the `tiền` of `bao nhiêu tiền` is the question's, not a word for funding).
 */
function shadows(longer: Span, inner: Span): boolean {
  const contains = longer.start <= inner.start && inner.end <= longer.end && longer.end - longer.start > inner.end - inner.start;
  return contains && (inner.end < longer.end || longer.blocks || inner.end - inner.start < 2);
}

/**
 * A wording that starts inside a documents' term standing for itself reads from the middle of a word: in "đồn biên
 * phòng ở cửa khẩu", `phòng ở` (a room's floor area) starts on the second half of `biên phòng`. One that ends inside
 * a term reads its head as that term does ("được giúp" in "được giúp đỡ"), and stays.
 */
function startsInside(span: Span, term: Span): boolean {
  return !span.blocks && term.blocks && term.start < span.start && span.start < term.end && term.end < span.end;
}

/** The bundled cue pairs (cue-pairs.ts) go with the bundled thesaurus; a thesaurus given alone is read alone. */
export function createQueryExpander(
  entries: readonly ThesaurusEntry[] = THESAURUS,
  pairs: readonly CuePair[] = entries === THESAURUS ? CUE_PAIRS : [],
): QueryExpander {
  const legalSeqs = entries.map((e) => e.legal.map((l) => ({ phrase: l, folded: seqOf(l).map(foldToken) })));
  // Triggers by first folded syllable, longest first so that `đường dây nóng` wins over `đường dây`.
  const byFirst = new Map<string, Trigger[]>();
  entries.forEach((e, entry) => {
    for (const phrase of e.everyday) {
      const accented = seqOf(phrase);
      if (!accented.length) continue;
      const folded = accented.map(foldToken);
      const list = byFirst.get(folded[0]) ?? [];
      list.push({ accented, folded, entry, blocks: legalSeqs[entry].some((l) => l.folded.join(' ') === folded.join(' ')) });
      byFirst.set(folded[0], list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.accented.length - a.accented.length);
  const unlessOf = entries.map((e) => (e.unless ?? []).map(wordingOf));

  /** A longer wording the trigger's entry lists as meaning something else stands around the trigger found at `i`. */
  function saidOtherwise(t: Trigger, tokens: string[], folded: string[], plain: boolean[], i: number): boolean {
    const end = i + t.accented.length;
    return unlessOf[t.entry].some((u) => {
      for (let at = Math.max(0, end - u.accented.length); at <= i; at++) if (matchesAt(u, tokens, folded, plain, at)) return true;
      return false;
    });
  }

  /**
   * The wordings of one clause: every trigger found that its entry does not say means something else there
   * (ThesaurusEntry.unless), unless a longer one shadows it (`đường dây` inside
   * `đường dây nóng`; see shadows), it starts inside a documents' term (see startsInside) or it reads a shared
   * syllable otherwise than an earlier one: in `kiem tra lai`, `tra` is the
   * `tra` of kiểm tra, so `tra lai` is not trả lại. Overlaps that read alike both count (`người bị lừa` and
   * `bị lừa bán` in `người bị lừa bán`).
   */
  function wordingSpans(tokens: string[], folded: string[]): Span[] {
    const plain = foldableSyllables(tokens);
    const spans: Span[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = byFirst
        .get(folded[i])
        ?.find((t) => matchesAt(t, tokens, folded, plain, i) && !saidOtherwise(t, tokens, folded, plain, i));
      if (hit) spans.push({ start: i, end: i + hit.accented.length, entry: hit.entry, accented: hit.accented, blocks: hit.blocks });
    }
    const outer = spans.filter((a) => !spans.some((b) => b !== a && (shadows(b, a) || startsInside(a, b))));
    const kept: Span[] = [];
    for (const a of outer) if (!kept.some((b) => readsOtherwise(a, b))) kept.push(a);
    return kept;
  }

  const cuePairExpansions = createCuePairReader(pairs);
  const fundingSeqs = FUNDING_TERMS.map((phrase) => ({ phrase, folded: seqOf(phrase).map(foldToken) }));

  /** The funding terms the question lacks, when it asks where money comes from. */
  function fundingExpansion(query: string): Expansion[] {
    if (!answerTypes(query).includes('funding')) return [];
    const folded = analyze(query).seq.map(foldToken);
    const phrases = fundingSeqs.filter((f) => !containsSeq(folded, f.folded)).map((f) => f.phrase);
    return phrases.length ? [{ words: [], phrases }] : [];
  }

  // One question is expanded by several steps of one search (the lexical query, the own-text and case priors).
  const expansions = lastRead((query: string): Expansion[] =>
    // A wording never spans a comma or a sentence end: "luật mới, người …" does not say "mỗi người".
    // A cue pair's words may lie in different clauses ("bị giữ hộ chiếu, giờ muốn về"): it reads the whole question.
    [...query.split(CLAUSE_BREAK).flatMap(clauseExpansions), ...cuePairExpansions(query), ...fundingExpansion(query)],
  );

  function clauseExpansions(query: string): Expansion[] {
    const tokens = analyze(query).seq;
    const folded = tokens.map(foldToken);
    const out: Expansion[] = [];
    for (const { start, end, entry } of wordingSpans(tokens, folded)) {
      const phrases = legalSeqs[entry].filter(({ folded: f }) => !containsSeq(folded, f)).map((l) => l.phrase);
      if (phrases.length) out.push({ words: folded.slice(start, end), phrases });
    }
    return out;
  }

  return {
    expansions,
    expand: (query) => [...new Set(expansions(query).flatMap((e) => e.phrases))],
  };
}

let bundled: QueryExpander | undefined;

/** The expander over the bundled thesaurus, built once: the index and the answer steps read the same entries. */
export function thesaurusExpander(): QueryExpander {
  bundled ??= createQueryExpander();
  return bundled;
}

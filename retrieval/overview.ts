// Overview questions ("nạn nhân được hỗ trợ những gì", "xã có nhiệm vụ gì") ask for everything on a topic. A
// legal text states that in one place: an article whose title names the topic ("Điều 37. Đối tượng và chế độ
// hỗ trợ") and whose clause enumerates the items (a) … k)), often each the subject of an article of its own
// ("Hỗ trợ y tế" → "Điều 20. Hỗ trợ y tế"): a catalogue of the corpus' topics. For such a question the ranker
// prefers units whose headings cover the question's words and that enumerate, above all such catalogues, and,
// unless the question is scoped to a province, the national texts that define the list over a province's plan.
import type { DocMeta, Section } from '../knowledge/types.js';
import { listBlockAt } from './list-block.js';
import { foldDiacritics, foldedWords } from '../knowledge/text.js';
import { foldToken, isStopword, terms } from './text.js';
import type { Unit } from './units.js';

export interface OverviewWeights {
  /** Multiplier at full heading coverage (1 + this × the share of the question's words in the unit's headings). */
  heading: number;
  /** Added to the multiplier per item a unit enumerates (lettered points or dashes, up to MAX_ITEMS): a catalogue lists many. */
  perItem: number;
  /** Multiplier when every item names the subject of another article (1 + this × the share of such items). */
  catalogue: number;
  /** Multiplier for a province's plan when the question is not scoped to a province. */
  unscopedPlan: number;
  /** Multiplier at full focus coverage (1 + this × the share of the question's focus syllables in the unit's headings). */
  focus: number;
}

export const DEFAULT_OVERVIEW: OverviewWeights = { heading: 1, perItem: 0.05, catalogue: 1, unscopedPlan: 0.5, focus: 1 };

// Numbered clauses are how every article is written; lettered points and dashes enumerate the items of one clause.
const LIST_ITEM = /^([a-zđ]\)|[-–•+])\s/u;
const MIN_ITEMS = 3;
const MAX_ITEMS = 10;

// "Người thân thích của nạn nhân bao gồm: Vợ, chồng, cha đẻ, …": a list written inline, after "gồm:", of many
// short names, nearly all of them (a clause that goes on after "gồm:" is a sentence, not a list).
const INLINE_LIST = /gồm( có)?:\s*([^\n]+)/u;
const MIN_INLINE_ITEMS = 8;
const MAX_INLINE_ITEM_WORDS = 4;
const MIN_SHORT_SHARE = 0.75;

function inlineItems(text: string): string[] {
  const items =
    INLINE_LIST.exec(text)?.[2]
      .split(/[,;]/)
      .map((t) => t.trim().replace(/[.…]+$/, ''))
      .filter(Boolean) ?? [];
  const short = items.filter((t) => t.split(/\s+/).length <= MAX_INLINE_ITEM_WORDS).length >= items.length * MIN_SHORT_SHARE;
  return short && items.length >= MIN_INLINE_ITEMS ? items.slice(0, MAX_ITEMS) : [];
}

/** The items the unit's text enumerates, without their markers (none below MIN_ITEMS, at most MAX_ITEMS). */
function listItems(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (LIST_ITEM.test(t) && items.push(t.replace(LIST_ITEM, '')) >= MAX_ITEMS) break;
  }
  if (items.length >= MIN_ITEMS) return items;
  return inlineItems(text);
}

/** How many items the unit's text enumerates (0 below MIN_ITEMS, at most MAX_ITEMS). */
export function enumeratedItems(text: string): number {
  return listItems(text).length;
}

const ARTICLE = /^Điều\s+\d+[a-z]?\s*[.:]?\s*/u;
/** An item naming an article's subject has at least this many content bigrams, this share of them in its title. */
const MIN_ITEM_BIGRAMS = 2;
const NAMED_SHARE = 0.75;

/** Folded bigrams of two content words. */
function contentBigrams(text: string): string[] {
  const bi = terms(text).bi.filter((b) => b.split(' ').every((t) => !isStopword(t)));
  return [...new Set(bi.map((b) => b.split(' ').map(foldToken).join(' ')))];
}

/**
 * Share of each unit's items that name the subject of another article ("Hỗ trợ y tế" and "Điều 20. Hỗ trợ y tế"):
 * 1 for a catalogue such as the list of entitlements, 0 for a list of tasks.
 */
function catalogueShares(units: Unit[]): number[] {
  const articleOf = (u: Unit) => {
    const head = u.path.find((p) => ARTICLE.test(p));
    return head === undefined ? undefined : `${u.docId}\u0000${head}`;
  };
  // Articles by number, and bigram → the articles whose title has it.
  const articles = new Map<string, number>();
  const byBigram = new Map<string, number[]>();
  for (const u of units) {
    const key = articleOf(u);
    if (key === undefined || articles.has(key)) continue;
    const id = articles.size;
    articles.set(key, id);
    for (const b of contentBigrams(key.slice(key.indexOf('\u0000') + 1).replace(ARTICLE, ''))) {
      let list = byBigram.get(b);
      if (!list) byBigram.set(b, (list = []));
      list.push(id);
    }
  }
  const counts = new Int32Array(articles.size);
  const namesAnArticle = (item: string, own: number) => {
    const bigrams = contentBigrams(item);
    if (bigrams.length < MIN_ITEM_BIGRAMS) return false;
    counts.fill(0);
    let best = 0;
    for (const b of bigrams) for (const id of byBigram.get(b) ?? []) if (id !== own) best = Math.max(best, ++counts[id]);
    return best >= bigrams.length * NAMED_SHARE;
  };
  return units.map((u) => {
    const items = listItems(u.text);
    if (!items.length) return 0;
    const own = articles.get(articleOf(u) ?? '') ?? -1;
    return items.filter((item) => namesAnArticle(item, own)).length / items.length;
  });
}

export interface OverviewPrior {
  /**
   * Score multiplier of unit i for an overview question; `headShare` is its heading coverage, `scoped` whether a
   * province scopes it, `tier` the tier of government the question names (tierOf).
   */
  multiplier(i: number, headShare: number, scoped: boolean, tier?: Tier): number;
  /** Share of the question's focus syllables (overviewFocus, folded) that unit i's headings hold; 0 without a focus. */
  focusShare(i: number, focus: string[]): number;
  /** True for a folded syllable that more than COMMON_HEADING_SHARE of the units' headings hold (the corpus' subject). */
  common(syllable: string): boolean;
  /** True when a heading of unit i is titled by the measures of the focus ("Các biện pháp bảo vệ …" for `bao ve`). */
  namesMeasures(i: number, focus: string[]): boolean;
}

// A heading titled by measures, after its marker ("Điều 7.", "3."): "Các biện pháp bảo vệ an toàn …".
const MEASURES_TITLE = /^(?:dieu \d+[a-z]? )?(?:\d{1,2} )?(?:cac )?bien phap (.*)$/;

/** What the measures a heading is titled by are of ("bao ve an toan cho …"), folded; undefined for other headings. */
function measuresOf(heading: string): string | undefined {
  return MEASURES_TITLE.exec(foldedWords(heading).trim())?.[1];
}

/** A syllable in more than this share of the units' headings is the corpus' subject ("nạn nhân"), not a list's. */
const COMMON_HEADING_SHARE = 1 / 3;

export type Tier = 'xa' | 'huyen' | 'tinh';

// The tier of government a text names as its subject: "Ủy ban nhân dân cấp xã", "UBND tỉnh", "Công an cấp huyện",
// "Ủy ban nhân dân các huyện, thị xã" ("xã hội" and "thị xã" name no tier of their own).
const TIER = /(?:cap|uy ban nhan dan|ubnd|chinh quyen|cong an|cac) (xa|huyen|tinh)(?! hoi)|^ *(xa|huyen)(?! hoi) /;

/** The tier of government the text names first, or undefined. */
export function tierOf(text: string): Tier | undefined {
  const m = TIER.exec(foldedWords(text));
  return (m?.[1] ?? m?.[2]) as Tier | undefined;
}

/** What the list in a unit's headings is the duty of, when its headings name a tier ("Trách nhiệm của UBND cấp tỉnh"). */
function headingTiers(u: Unit): Set<Tier> {
  const tiers = new Set<Tier>();
  for (const h of u.path) {
    const t = tierOf(h);
    if (t) tiers.add(t);
  }
  return tiers;
}

/** Multiplier of a unit whose headings name only another tier than the question's (the province's duties for the commune's). */
const OTHER_TIER = 0.5;

/**
 * How many items the unit enumerates: in its own text, or as part of a list block that the parser cut into one
 * section per item (list-block.ts): a clause of "Các hành vi bị nghiêm cấm" stands for the twelve of its article.
 */
function itemsOf(u: Unit, sections: Section[]): number {
  const block = listBlockAt(sections, u.start);
  const listed = block?.split ? Math.min(block.items.length, MAX_ITEMS) : 0;
  return Math.max(enumeratedItems(u.text), listed);
}

/** Which units enumerate, which are catalogues and which are plans is a fixed property of the corpus: computed once. */
export function createOverviewPrior(units: Unit[], sections: Section[], docs: Map<string, DocMeta>, w: OverviewWeights): OverviewPrior {
  const items = units.map((u) => itemsOf(u, sections));
  const catalogue = w.catalogue > 0 ? catalogueShares(units) : units.map(() => 0);
  const plan = units.map((u) => docs.get(u.docId)?.kind === 'plan');
  const tiers = units.map(headingTiers);
  const headingSyllables = units.map((u) => new Set(foldDiacritics(u.path.join(' ').toLowerCase()).split(/[^a-z0-9]+/)));
  const headingCounts = new Map<string, number>();
  for (const set of headingSyllables) for (const t of set) headingCounts.set(t, (headingCounts.get(t) ?? 0) + 1);
  const otherTier = (i: number, tier?: Tier) => tier !== undefined && tiers[i].size > 0 && !tiers[i].has(tier);
  return {
    multiplier: (i, headShare, scoped, tier) =>
      (1 + w.heading * headShare) *
      (1 + w.perItem * items[i]) *
      (1 + w.catalogue * catalogue[i]) *
      (plan[i] && !scoped ? w.unscopedPlan : 1) *
      (otherTier(i, tier) ? OTHER_TIER : 1),
    focusShare: (i, focus) => (focus.length ? focus.filter((t) => headingSyllables[i].has(t)).length / focus.length : 0),
    common: (t) => (headingCounts.get(t) ?? 0) > units.length * COMMON_HEADING_SHARE,
    namesMeasures: (i, focus) => {
      const asked = focus.join(' ');
      return focus.length > 0 && units[i].path.some((h) => measuresOf(h)?.startsWith(asked) === true);
    },
  };
}

// A province's plan of a period the documents do not hold for it ("kế hoạch giai đoạn 2021–2025 của Đồng Nai" when the
// folder holds its scheme for 2016–2020, "kế hoạch năm 2023 của Quảng Nam" when it holds the one for 2024). Plans of
// one province for different periods share their headings and wording, so the nearest passage is the held plan's,
// and quoting it would present another plan's targets as the asked one's. The honest reply says the asked plan is
// not in the documents and names the plans of that province they do hold, with their periods.
import type { Corpus, DocMeta } from '../../knowledge/types.js';
import { provinceName } from '../replies/vi.js';
import { corpusProvinces, foldWords } from '../updates/names.js';
import { onlyNamed } from './not-covered.js';
import type { AskStep } from './types.js';

/** A span of years, both ends included. */
interface Period {
  from: number;
  to: number;
}

// A province's own plan: "kế hoạch", "đề án" (a programme is the Government's).
const PLAN = / (ke hoach|de an)(?= )/;
const YEAR = '((?:19|20)\\d\\d)';
// "giai đoạn 2021-2025", "2016 - 2020", "từ 2021 đến 2025".
const RANGE = new RegExp(` ${YEAR} (?:den |toi )?(?:nam )?${YEAR}(?= )`, 'g');
// "năm 2023", "kế hoạch 2023", "giai đoạn 2023".
const SINGLE = new RegExp(` (?:nam|ke hoach|de an|giai doan) ${YEAR}(?= )`, 'g');
const TITLE_YEAR = new RegExp(` ${YEAR}(?= )`, 'g');

/** The periods a folded question names: ranges first, then single years outside them. */
export function periodsAsked(folded: string): Period[] {
  const ranges = [...folded.matchAll(RANGE)].map((m) => ({ from: Number(m[1]), to: Number(m[2]) })).filter((p) => p.from < p.to);
  const inRange = (y: number) => ranges.some((p) => y === p.from || y === p.to);
  const singles = [...folded.matchAll(SINGLE)].map((m) => Number(m[1])).filter((y) => !inRange(y));
  return [...ranges, ...singles.map((y) => ({ from: y, to: y }))];
}

/**
 * The years a plan speaks for: from its year to its end date, and on to the horizon its title writes ("định hướng đến
 * năm 2030"); undefined when the metadata gives no year (a standing coordination plan speaks for any).
 */
function planPeriod(d: DocMeta): Period | undefined {
  if (!d.year) return undefined;
  const end = d.expiryDate ? Number(d.expiryDate.slice(0, 4)) : d.year;
  const written = [...foldWords(d.title).matchAll(TITLE_YEAR)].map((m) => Number(m[1]));
  return { from: d.year, to: Math.max(end, ...written) };
}

const within = (asked: Period, held: Period) => held.from <= asked.from && asked.to <= held.to;
const label = (p: Period) => (p.from === p.to ? `năm ${p.from}` : `giai đoạn ${p.from}–${p.to}`);

/** The one province of the documents the question names, else the user's; undefined when it names several. */
function provinceAsked(folded: string, corpus: Corpus, userProvince: string | null): string | null | undefined {
  const named = corpusProvinces(corpus).filter((slug) => folded.includes(` ${slug.replace(/-/g, ' ')} `));
  if (named.length > 1) return undefined;
  return named[0] ?? userProvince;
}

export interface PlanNotHeld {
  asked: Period;
  province: string;
  held: DocMeta[];
}

/**
 * The plan period a question asks of a province when none of that province's plans speaks for it, with the plans it
 * has; undefined when the question names no plan period, a held one, or a province whose plans' periods are unknown.
 */
export function planPeriodNotHeld(question: string, corpus: Corpus, userProvince: string | null): PlanNotHeld | undefined {
  const folded = foldWords(question);
  if (!PLAN.test(folded)) return undefined;
  const asked = periodsAsked(folded);
  const province = provinceAsked(folded, corpus, userProvince);
  if (!asked.length || !province) return undefined;
  const held = corpus.docs.filter((d) => d.kind === 'plan' && d.province === province);
  const periods = held.map(planPeriod);
  if (!held.length || periods.some((p) => p === undefined)) return undefined;
  if (asked.some((a) => periods.some((p) => within(a, p!)))) return undefined;
  return { asked: asked[0], province, held };
}

/** A held plan as the reply names it: its short name, the years it runs and whether they are over. */
function heldName(d: DocMeta): string {
  const end = d.expiryDate ? Number(d.expiryDate.slice(0, 4)) : d.year!;
  const over = d.status === 'expired' ? ', đã hết thời gian thực hiện' : '';
  return `${d.shortName} (${label({ from: d.year!, to: end })}${over})`;
}

export const planOfPeriodNotHeld: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  const found = corpus && planPeriodNotHeld(q.text, corpus, q.province);
  if (!found) return undefined;
  const whose = provinceName(found.province) ?? found.province;
  return onlyNamed(
    deps.contacts?.() ?? null,
    q.userProvince,
    `Kế hoạch ${label(found.asked)} của tỉnh ${whose}`,
    `các văn bản chỉ có ${found.held.map(heldName).join('; ')} của tỉnh này, không phải kế hoạch được hỏi`,
  );
};

// A province of today formed by the 2025 merger ("thành phố Đà Nẵng") has issued no plan the documents hold:
// they hold the former province's plans, issued before the merger. A question about the new unit's plan for a
// year from the merger on is answered with an honest "not in the documents" that names what the folder does hold,
// never with a quote from the former province's plan as if it were the new unit's.
import { foldWords, findName, keptItsName, mergerPhrase, provinceInQuestion, corpusProvinces, withoutUnitWord } from '../updates/names.js';
import type { DocMeta } from '../../knowledge/types.js';
import type { ProvinceChange, Updates } from '../../knowledge/updates.js';
import { vnDate } from '../../knowledge/text.js';
import { notCovered } from './not-covered.js';
import { effectiveYear } from '../updates/changes.js';
import type { AskDeps, Asked, AskStep } from './types.js';

// The question asks about a plan or what it sets out to achieve.
const PLAN_CUE = / (ke hoach|de an|chuong trinh|chi tieu|muc tieu)(?= )/;
// Officials write a plan "KH"; in lower case "kh" is a chat "không".
const PLAN_ABBREVIATION = /(?<![\p{L}\p{N}])KH(?![\p{L}\p{N}])/u;
// The period asked about: a year after "năm", "kế hoạch", "giai đoạn", "đến", or "năm nay".
const PERIOD_YEAR = / (?:nam|ke hoach|giai doan|den) ((?:19|20)\d\d)(?= )/g;

/** The period a folded question asks a plan of, when it falls on or after the merger: `năm 2025`, `năm nay`. */
function periodFromMerger(folded: string, updates: Updates): { label: string; year?: number } | undefined {
  if (/ nam nay /.test(folded)) return { label: 'năm nay' };
  const from = effectiveYear(updates);
  const year = [...folded.matchAll(PERIOD_YEAR)].map((m) => Number(m[1])).find((y) => y >= from);
  return year ? { label: `năm ${year}`, year } : undefined;
}

/** A plan runs from its year to its end date; one with neither (a standing coordination rule) covers any year. */
function planCovers(d: DocMeta, year: number): boolean {
  const end = d.expiryDate ? Number(d.expiryDate.slice(0, 4)) : Number.POSITIVE_INFINITY;
  return (d.year ?? Number.NEGATIVE_INFINITY) <= year && year <= end;
}

/** A question about a plan, with the knowledge it is read against; undefined for any other question. */
function planQuestion(q: Asked, deps: AskDeps) {
  const updates = deps.updates?.();
  const corpus = deps.corpus?.();
  const typed = q.asTyped ?? q.text;
  if (!updates || !corpus) return undefined;
  const folded = foldWords(typed);
  if (!PLAN_CUE.test(folded) && !PLAN_ABBREVIATION.test(typed)) return undefined;
  return { updates, corpus, typed, folded };
}

export const mergedUnitPlan: AskStep = (q, deps) => {
  const asked = planQuestion(q, deps);
  if (!asked) return undefined;
  const { updates, corpus, typed, folded } = asked;
  const slug = provinceInQuestion(typed, updates, corpusProvinces(corpus));
  const p = updates.provinces.find((x) => x.old === slug);
  if (!p) return undefined;
  const period = periodFromMerger(folded, updates);
  if (!period) return undefined;
  const plans = corpus.docs.filter((d) => d.kind === 'plan' && d.province === p.old);
  // Named by its former name, the question asks for that province's plans: the documents hold those of the years
  // they run, not a later one ("kế hoạch năm 2025 của Đồng Nai" when the folder has its plan for 2016–2020).
  const byFormerName = findName(folded, p.old_name) >= 0;
  if (byFormerName && (period.year === undefined || plans.some((d) => planCovers(d, period.year!)))) return undefined;
  const whose = byFormerName && !keptItsName(p) ? `tỉnh ${p.old_name}` : p.now;
  const reply = notCovered(deps.contacts?.() ?? null, q.userProvince, `kế hoạch ${period.label} của ${whose}`);
  const since = updates.effective ? ` (${vnDate(updates.effective)})` : '';
  const note = plans.length
    ? `\n\nKho chỉ có kế hoạch của tỉnh ${p.old_name} cũ (${plans.map((d) => d.shortName).join('; ')}), ban hành trước khi tỉnh này ${mergerPhrase(p)}${since}; đó không phải kế hoạch ${period.label} của ${whose}.`
    : '';
  const [first, ...rest] = reply.text.split('\n\n');
  return { ...reply, text: [`${first}${note}`, ...rest].join('\n\n') };
};

/**
 * The province a question names that merged in 2025 with a former province of the documents and did not give today's
 * unit its name ("Bình Phước" of Đồng Nai, "Hậu Giang" of Sóc Trăng), when it does not name the former province too.
 * Today's unit's name ("Đà Nẵng", "Gia Lai") is how people there call the whole area now, the documents' part with it.
 */
function partnerNamed(folded: string, updates: Updates, held: readonly string[]): { name: string; p: ProvinceChange } | undefined {
  for (const p of updates.provinces) {
    if (!held.includes(p.old) || findName(folded, p.old_name) >= 0) continue;
    const today = foldWords(withoutUnitWord(p.now));
    const name = p.merged_with.find((n) => foldWords(n) !== today && findName(folded, n) >= 0);
    if (name) return { name, p };
  }
  return undefined;
}

/**
 * "Kế hoạch năm 2023 của Hậu Giang", "Bình Phước có kế hoạch hỗ trợ nạn nhân không": the plans of a province that
 * merged with a former province of the documents, issued by it before the merger, which the documents do not hold.
 * The former province's plan covered its own area only, so it is no answer. A year from the merger on asks for the
 * new unit's plan (mergedUnitPlan).
 */
export const partnerPlan: AskStep = (q, deps) => {
  const asked = planQuestion(q, deps);
  if (!asked) return undefined;
  const { updates, corpus, folded } = asked;
  const partner = partnerNamed(folded, updates, corpusProvinces(corpus));
  if (!partner) return undefined;
  const from = effectiveYear(updates);
  const years = [...folded.matchAll(PERIOD_YEAR)].map((m) => Number(m[1]));
  const before = years.find((y) => y < from);
  if (before === undefined && years.length) return undefined;
  const period = before === undefined ? '' : ` năm ${before}`;
  const reply = notCovered(deps.contacts?.() ?? null, q.userProvince, `kế hoạch${period} của ${partner.name}`);
  const plans = corpus.docs.filter((d) => d.kind === 'plan' && d.province === partner.p.old);
  const note = plans.length
    ? `\n\nKho chỉ có kế hoạch của tỉnh ${partner.p.old_name} (${plans.map((d) => d.shortName).join('; ')}), không phải kế hoạch của ${partner.name}.`
    : '';
  const [first, ...rest] = reply.text.split('\n\n');
  return { ...reply, text: [`${first}${note}`, ...rest].join('\n\n') };
};

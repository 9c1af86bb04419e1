// A province of today formed by the 2025 merger ("thành phố Đà Nẵng") has issued no plan the documents hold:
// they hold the former province's plans, issued before the merger. A question about the new unit's plan for a
// year from the merger on is answered with an honest "not in the documents" that names what the folder does hold,
// never with a quote from the former province's plan as if it were the new unit's.
import { foldWords, findName, provinceInQuestion, corpusProvinces } from '../updates/names.js';
import type { Updates } from '../../knowledge/updates.js';
import { vnDate } from '../../knowledge/text.js';
import { notCovered } from './not-covered.js';
import { effectiveYear } from '../updates/changes.js';
import type { AskStep } from './types.js';

// The question asks about a plan or what it sets out to achieve.
const PLAN_CUE = / (ke hoach|de an|chuong trinh|chi tieu|muc tieu)(?= )/;
// The period asked about: a year after "năm", "kế hoạch", "giai đoạn", "đến", or "năm nay".
const PERIOD_YEAR = / (?:nam|ke hoach|giai doan|den) ((?:19|20)\d\d)(?= )/g;

/** The period a folded question asks a plan of, when it falls on or after the merger: `năm 2025`, `năm nay`. */
function periodFromMerger(folded: string, updates: Updates): string | undefined {
  if (/ nam nay /.test(folded)) return 'năm nay';
  const from = effectiveYear(updates);
  const year = [...folded.matchAll(PERIOD_YEAR)].map((m) => Number(m[1])).find((y) => y >= from);
  return year ? `năm ${year}` : undefined;
}

export const mergedUnitPlan: AskStep = (q, deps) => {
  const updates = deps.updates?.();
  const corpus = deps.corpus?.();
  const typed = q.asTyped ?? q.text;
  if (!updates || !corpus) return undefined;
  const folded = foldWords(typed);
  if (!PLAN_CUE.test(folded)) return undefined;
  const slug = provinceInQuestion(typed, updates, corpusProvinces(corpus));
  const p = updates.provinces.find((x) => x.old === slug);
  // Named by its former name, the question asks for that province's plans, which the documents do hold.
  if (!p || findName(folded, p.old_name) >= 0) return undefined;
  const period = periodFromMerger(folded, updates);
  if (!period) return undefined;
  const reply = notCovered(deps.contacts?.() ?? null, q.userProvince, `kế hoạch ${period} của ${p.now}`);
  const held = corpus.docs.filter((d) => d.province === p.old).map((d) => d.shortName);
  const since = updates.effective ? ` (${vnDate(updates.effective)})` : '';
  const note = held.length
    ? `\n\nKho chỉ có kế hoạch của tỉnh ${p.old_name} cũ (${held.join('; ')}), ban hành trước khi tỉnh này nhập vào ${p.now}${since}; đó không phải kế hoạch của ${p.now} hiện nay.`
    : '';
  const [first, ...rest] = reply.text.split('\n\n');
  return { ...reply, text: [`${first}${note}`, ...rest].join('\n\n') };
};

// A plan, programme or event of a period the knowledge does not reach ("chương trình giai đoạn 2026-2030", "lễ mít
// tinh năm 2027 tổ chức ở đâu"): the documents are plans and rules issued up to a date, and the update file says what
// changed up to its own; neither can say what is planned or held after them. The honest reply says so and where to
// ask, instead of quoting the nearest plan of an earlier period as if it were that one.
import type { Corpus } from '../../knowledge/types.js';
import type { Updates } from '../../knowledge/updates.js';
import { foldWords } from '../updates/names.js';
import { effectiveYear } from '../updates/changes.js';
import { notCovered } from './not-covered.js';
import type { AskStep } from './types.js';

// A plan, a programme, its targets, or an event of the work (a ceremony, a campaign, a meeting, a training).
const PLAN_OR_EVENT =
  / (ke hoach|de an|chuong trinh|chi tieu|muc tieu|le|le hoi|ngay hoi|mit tinh|hoi nghi|hoi thao|hoi thi|cuoc thi|dien dan|su kien|chien dich|thang hanh dong|dot cao diem|tap huan|so ket|tong ket)(?= )/;
const YEAR = / ((?:19|20)\d\d)(?= )/g;

/** The latest year the knowledge speaks for: the documents' issue and end years, the update file's changes. */
function lastCoveredYear(corpus: Corpus, updates: Updates | undefined): number {
  const years = corpus.docs.flatMap((d) =>
    [d.year, d.issuedDate, d.expiryDate, d.effectiveDate].map((x) => Number(String(x ?? '').slice(0, 4))),
  );
  const fromUpdates = updates ? effectiveYear(updates) : 0;
  return Math.max(...years.filter((y) => Number.isFinite(y)), Number.isFinite(fromUpdates) ? fromUpdates : 0);
}

/** Years the documents write ("định hướng đến năm 2030"): a plan's horizon is theirs to answer. */
const writtenYearsCache = new WeakMap<Corpus, Set<number>>();
function writtenYears(corpus: Corpus): Set<number> {
  let years = writtenYearsCache.get(corpus);
  if (!years) {
    years = new Set(corpus.sections.flatMap((s) => [...` ${foldWords(s.text)} `.matchAll(YEAR)].map((m) => Number(m[1]))));
    writtenYearsCache.set(corpus, years);
  }
  return years;
}

/** The year of a plan or an event the question asks about that is past what the knowledge reaches, or undefined. */
export function laterPeriodAsked(question: string, corpus: Corpus, updates: Updates | undefined): number | undefined {
  const q = foldWords(question);
  if (!PLAN_OR_EVENT.test(q)) return undefined;
  const last = lastCoveredYear(corpus, updates);
  const written = writtenYears(corpus);
  return [...q.matchAll(YEAR)].map((m) => Number(m[1])).find((y) => y > last && !written.has(y));
}

export const laterPeriodNotHeld: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  const year = corpus && laterPeriodAsked(q.asTyped ?? q.text, corpus, deps.updates?.());
  if (!year) return undefined;
  return notCovered(deps.contacts?.() ?? null, q.userProvince, `kế hoạch, hoạt động của năm ${year} trở đi`);
};

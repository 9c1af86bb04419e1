// Who gives a service a question names (legal aid, psychological support, shelter, medical care, travel home,
// vocational training…). A province's plan names the concrete agency ("Trung tâm Bảo trợ xã hội tỉnh"), a national
// text the kind of provider ("cơ sở bảo trợ xã hội"): an official of a province wants the first and must keep the
// second. Both are read from the corpus: the sentences that speak of the same service and name, before it, the
// agency that gives it (or sit under that agency's heading). Nothing here names an agency itself.
import { docsById } from '../../knowledge/load.js';
import { citationLabel } from '../../knowledge/cite.js';
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import { foldedWords, truncateWords } from '../../knowledge/text.js';
import type { Corpus, DocMeta, Section } from '../../knowledge/types.js';
import { carries } from '../../retrieval/question-type.js';
import { splitSentences } from '../../retrieval/text.js';
import { citationOf } from '../answer/cite.js';
import { serviceAt, serviceKindsOf, type ServiceKind } from '../contacts-answer.js';
import type { Citation } from '../types.js';
import type { AskResult } from './types.js';

/** A sentence naming who gives a service, with where it stands. */
export interface Provision {
  doc: DocMeta;
  section: Section;
  sentence: string;
  /** The part of the sentence that names the provider and the service, as quoted. */
  quote: string;
  score: number;
}

// Providers the agency pattern does not know because the documents write them in lower case or after a verb.
const PROVIDER_NOUN = /(^|[\s(,;:])(cơ sở (bảo trợ|hỗ trợ|trợ giúp|y tế|khám)|Cơ sở|Ngân hàng Chính sách|Trung tâm|trung tâm)/u;
// Sentences about training staff or reporting figures mention a service without giving it; so do the clauses of a
// list of duties about campaigns, checks, budgets or building facilities.
const NOT_GIVING_SENTENCE = / (tap huan|boi duong|dao tao can bo|thong ke|bao cao ket qua|tong hop thong tin) /;
const NOT_GIVING_CLAUSE = / (tuyen truyen|truyen thong|kiem tra|du toan|kinh phi|lap ke hoach|xay dung|nang cap|dau tu|cung co) /;
// A rate or an amount says what a service costs, not who gives it.
const RATE = / muc (chi|ho tro|tro cap|vay) /;
// A national heading saying the article or item is about who carries out the support.
const WHO_HEADING = / thuc hien viec ho tro /;
/** How far after the service a provider may be named ("vay vốn từ các chương trình của Ngân hàng …"). */
const AFTER_CHARS = 80;
// Words a passage uses for a service besides those of a question: a plan says where victims are "tiếp nhận" (taken
// in) for what a person asks as a place to stay; they count only in a sentence on victims naming a centre or facility.
const PASSAGE_WORDS: Partial<Record<ServiceKind, string>> = { shelter: 'tiep nhan' };
const TAKES_IN = /(^|\s)(Trung tâm|[Cc]ơ sở)\s/u;

const namesProvider = (text: string) => carries('agency', ` ${text}`) || PROVIDER_NOUN.test(text);

/** The heading under which the sentence stands names an agency ("4. Sở Tư pháp", "Điều 40. Cơ sở bảo trợ xã hội…"). */
function underAgency(section: Section): boolean {
  return section.path.slice(1).some((p) => namesProvider(p.replace(/^(\d{1,2}\.|[a-zđ]\)|Điều \d+\.)\s*/u, ' ')));
}

/** A sentence up to this long is quoted whole: a provider named at its end ("… tại Trung tâm …") must not be cut. */
const MAX_QUOTE_CHARS = 520;

/** The clauses that name the provider and the service: the opening clause, and the clause with the service if later. */
function quoteOf(sentence: string, kind: ServiceKind): string {
  const clauses = sentence.split(/;\s+/);
  const k = clauses.findIndex((c) => mentionAt(c, kind) >= 0);
  const quote = k <= 0 ? clauses[0] : `${clauses[0]}; … ${clauses[k]}`;
  return truncateWords(quote.replace(/^([a-zđ]\)|\d{1,2}\.)\s+/u, ''), MAX_QUOTE_CHARS);
}

/** Where the sentence speaks of the service, in its own words or, on a victim's place, in the passage words. */
function mentionAt(sentence: string, kind: ServiceKind): number {
  const own = serviceAt(sentence, kind);
  const more = PASSAGE_WORDS[kind];
  if (own >= 0 || !more || !/ nan nhan /.test(foldedWords(sentence)) || !TAKES_IN.test(sentence)) return own;
  return serviceAt(sentence, kind, more);
}

/** The clause of a `;`-separated list of duties that holds position `at`. */
function clauseAt(sentence: string, at: number): string {
  const end = sentence.indexOf(';', at);
  return sentence.slice(sentence.lastIndexOf(';', at) + 1, end < 0 ? undefined : end);
}

/**
 * A sentence giving the service, scored by how plainly it names who gives it. In a plan: the agency heading the
 * section, an agency named before the service, or (weakly) just after it. A national text names the kind of
 * provider in the sentence ("Cơ sở bảo trợ xã hội … thực hiện hỗ trợ tâm lý"); its headings of a ministry's duties
 * ("Trách nhiệm của Bộ …") say who guides the providers, not who they are.
 */
function provisionIn(doc: DocMeta, section: Section, sentence: string, kind: ServiceKind): Provision | undefined {
  const at = mentionAt(sentence, kind);
  if (at < 0 || NOT_GIVING_SENTENCE.test(foldedWords(sentence)) || carries('amount', sentence)) return undefined;
  const clause = foldedWords(clauseAt(sentence, at));
  if (NOT_GIVING_CLAUSE.test(clause) || RATE.test(clause)) return undefined;
  const before = namesProvider(sentence.slice(0, at)) ? 2 : 0;
  const plan = doc.kind === 'plan';
  const heading = plan && underAgency(section) ? 2 : 0;
  const after = plan && namesProvider(sentence.slice(at, at + AFTER_CHARS)) ? 1 : 0;
  const who = !plan && WHO_HEADING.test(foldedWords(section.path.join(' '))) ? 1 : 0;
  const score = before + heading + (before || heading ? 0 : after) + who;
  return score >= 1 && (before || heading || after) ? { doc, section, sentence, quote: quoteOf(sentence, kind), score } : undefined;
}

const provisionsOf = new WeakMap<Corpus, Map<ServiceKind, Provision[]>>();

/**
 * Every sentence of the corpus naming who gives the service, best first; between equals, the one the documents
 * state first (a plan lists the agency in charge before those that help it). Read once per corpus and service:
 * the corpus is only replaced whole on a reload.
 */
function allProvisions(corpus: Corpus, kind: ServiceKind): Provision[] {
  let byKind = provisionsOf.get(corpus);
  if (!byKind) provisionsOf.set(corpus, (byKind = new Map()));
  let found = byKind.get(kind);
  if (found) return found;
  const docs = docsById(corpus);
  found = [];
  for (const section of corpus.sections) {
    const doc = docs.get(section.docId);
    if (!doc) continue;
    for (const sentence of splitSentences(section.text)) {
      const p = provisionIn(doc, section, sentence, kind);
      if (p) found.push(p);
    }
  }
  found.sort((a, b) => b.score - a.score);
  byKind.set(kind, found);
  return found;
}

/** The sentences of the given documents naming who gives the service, in the order of allProvisions. */
function providersIn(corpus: Corpus, kind: ServiceKind, inDoc: (d: DocMeta) => boolean): Provision[] {
  return allProvisions(corpus, kind).filter((p) => inDoc(p.doc));
}

/** The best sentence of the given documents naming who gives the service, or undefined. */
export function providerIn(corpus: Corpus, kind: ServiceKind, inDoc: (d: DocMeta) => boolean): Provision | undefined {
  return providersIn(corpus, kind, inDoc)[0];
}

/** A province's plan: its best sentence, and a second one as good (another agency given the same service). */
function planProviders(corpus: Corpus, kind: ServiceKind, province: string): Provision[] {
  const [first, second] = providersIn(corpus, kind, isPlanOf(province));
  return second && second.score === first.score ? [first, second] : first ? [first] : [];
}

const isPlanOf = (province: string) => (d: DocMeta) => d.kind === 'plan' && d.province === province;
const isNational = (d: DocMeta) => d.province === null;

/** The province's name as the directory writes it, if it has one. */
const provinceName = (province: string, dir: ContactsDirectory | null) => dir?.provinces[province]?.name;

/** Builds the numbered quotes and their citation blocks. */
class Sources {
  readonly citations: Citation[] = [];
  readonly blocks: string[] = [];
  add(p: Provision): { n: number; label: string } {
    const n = this.citations.length + 1;
    const c = citationOf(n, p.doc, p.section.path, p.section.id, { quotes: [p.quote] });
    this.citations.push(c);
    this.blocks.push(`[${n}] ${c.label}\n«${p.sentence}»`);
    return { n, label: citationLabel(p.doc, p.section.path) };
  }
}

/**
 * Who gives the service the question names: with a province, its plan's provider first (when the plan names one)
 * and the national rule after it; without one, the national rule and, briefly, what each plan names. Undefined when
 * the documents name no provider for it.
 */
export function providerAnswer(
  question: string,
  province: string | null,
  corpus: Corpus,
  dir: ContactsDirectory | null,
): AskResult | undefined {
  const kind = serviceKindsOf(question).find((k) => k !== 'focal');
  if (!kind) return undefined;
  const national = providerIn(corpus, kind, isNational);
  const found = province
    ? planProviders(corpus, kind, province)
    : [...new Set(corpus.docs.filter((d) => d.kind === 'plan' && d.province).map((d) => d.province as string))]
        .map((p) => providerIn(corpus, kind, isPlanOf(p)))
        .filter((p): p is Provision => Boolean(p));
  if (!national && !found.length) return undefined;
  const sources = new Sources();
  const lines: string[] = [];
  if (province) {
    for (const plan of found) {
      const s = sources.add(plan);
      lines.push(`Theo ${s.label} [${s.n}]: «${plan.quote}»`);
    }
    if (!found.length) {
      const name = provinceName(province, dir);
      lines.push(`Kế hoạch của tỉnh${name ? ` ${name}` : ''} trong kho không nêu đơn vị cụ thể cho việc này; quy định chung như sau.`);
    }
  }
  if (national) {
    const s = sources.add(national);
    lines.push(`${province && found.length ? 'Quy định chung: theo' : 'Theo'} ${s.label} [${s.n}]: «${national.quote}»`);
  }
  if (!province && found.length) {
    const each = found.map((p) => {
      const s = sources.add(p);
      return `• ${provinceName(p.doc.province as string, dir) ?? p.doc.shortName}: «${p.quote}» [${s.n}]`;
    });
    lines.push(`Kế hoạch của các tỉnh trong kho nêu cụ thể:\n${each.join('\n')}`);
  }
  return { kind: 'answer', text: `${lines.join('\n\n')}\n\nTrích dẫn:\n${sources.blocks.join('\n\n')}`, citations: sources.citations };
}

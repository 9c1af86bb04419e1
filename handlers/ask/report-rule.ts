// "Tố giác mua bán người thì báo với cơ quan nào": whom a report of trafficking is made to is a rule of the law
// (the bodies that receive it), which the documents state with their source; the directory only lists lines. The
// answer quotes the rule and keeps the lines: the rule first when a body is asked ("cơ quan nào", "đơn vị nào"),
// the lines first when a number or a person to call is ("số nào", "gọi ai", "ở đâu"). What the update file says of
// a line that takes reports today follows the rule.
import { foldedWords } from '../../knowledge/text.js';
import type { Corpus } from '../../knowledge/types.js';
import type { Updates } from '../../knowledge/updates.js';
import { citationOf } from '../answer/cite.js';
import { NOT_REPORTING } from '../contacts-answer.js';
import { hotlineFact } from '../updates/changes.js';
import { regulationSentences, type QuotedSentence } from '../report-place.js';
import { situationAsked, situationRules } from './situations.js';
import type { AnswerResult, Citation } from '../types.js';

// A sentence naming whom a person lodges a denunciation with ("… có nghĩa vụ tố giác, tố cáo hành vi … với cơ quan
// Công an, Ủy ban nhân dân cấp xã …"): the verb, then within a clause the bodies it goes to.
const STATES_REPORT_BODIES = / to giac( \w+){0,14} voi (co quan|uy ban|bat ky) /;

// Reporting a crime or a suspicion about someone ("tố giác", "tố cáo", "báo tin", "báo"), not reporting one's own
// case in person ("trình báo", asked earlier in the pipeline) nor an agency's report upward ("báo cáo").
const REPORTS = new RegExp(` (to giac|to cao|bao tin|tin bao|bao(?! ${NOT_REPORTING}\\b)) `);
// A body asked for: the reply leads with the rule naming the bodies.
const ASKS_BODY = / (co quan|don vi|noi|ben|to chuc|cap|cong an) nao /;
// Where the report goes or who takes it, in any form: the rule belongs beside the lines.
const ASKS_WHERE = / (co quan|don vi|noi|ben|to chuc|cap|cong an|cho|so) nao | so may | (o )?dau | ai /;
// A line asked for ("số nào", "gọi số mấy", "hotline"): the lines lead.
const ASKS_LINE = / (so (nao|may|gi|bao nhieu|dien thoai)|goi|hotline|duong day nong|tong dai|sdt) /;

/**
 * How a question about reporting trafficking wants the law's rule beside the lines: first, after, or not at all. In a
 * case the regulations set apart (a foreign victim, the border or the sea) the rule names the body, so it leads
 * unless a line is asked for.
 */
export function reportRuleOrder(question: string): 'rule-first' | 'lines-first' | undefined {
  const f = foldedWords(question);
  if (!REPORTS.test(f) || !ASKS_WHERE.test(f)) return undefined;
  const bodyAsked = ASKS_BODY.test(f) || situationAsked(question) !== undefined;
  return bodyAsked && !ASKS_LINE.test(f) ? 'rule-first' : 'lines-first';
}

/** The regulations' sentences naming whom a report is made to, the text in force first. */
export function reportBodies(corpus: Corpus): QuotedSentence[] {
  return regulationSentences(corpus, STATES_REPORT_BODIES);
}

/** The rule a question on whom to report to is answered with: its set-apart case's, else the general one. */
export function reportRulesFor(question: string, corpus: Corpus): QuotedSentence[] {
  const special = situationRules(question, corpus);
  return special.length ? special : reportBodies(corpus).slice(0, 1);
}

/** What the update file says of lines that take reports of trafficking today, each with its source. */
function reportLineFacts(updates: Updates | undefined): string[] {
  return (updates?.hotlines ?? []).filter((h) => / to giac /.test(foldedWords(h.fact))).map(hotlineFact);
}

/** The reply's citation markers `[n]` moved up by `by`, so two replies' citations can be numbered as one list. */
function shiftMarkers(text: string, by: number): string {
  return text.replace(/\[(\d{1,2})\]/g, (_, n: string) => `[${Number(n) + by}]`);
}

/**
 * The directory's reply with the rule on whom reports go to (reportRulesFor): quoted with its source, and what the
 * update file says of the lines taking reports today; undefined when no regulation states the rule.
 */
export function withReportRule(
  lines: AnswerResult,
  order: 'rule-first' | 'lines-first',
  rules: QuotedSentence[],
  updates: Updates | undefined,
): AnswerResult | undefined {
  if (!rules.length) return undefined;
  const first = order === 'rule-first' ? 1 : lines.citations.length + 1;
  const cited = rules.map((r, i) => citationOf(first + i, r.doc, r.path ?? r.section.path, r.section.id, { quotes: [r.quote] }));
  const today = reportLineFacts(updates).map((f) => `• ${f}`);
  const quoted = cited.map((c, i) => `Theo ${c.label} [${c.n}]: «${rules[i].quote}»`);
  const ruleText = [...quoted, ...(today.length ? ['Hiện nay:', ...today] : [])].join('\n');
  const block = `Trích dẫn:\n${cited.map((c, i) => `[${c.n}] ${c.label}\n«${rules[i].quote}»`).join('\n\n')}`;
  if (order === 'rule-first') {
    const shifted: Citation[] = lines.citations.map((x) => ({ ...x, n: x.n + cited.length }));
    return { ...lines, text: `${ruleText}\n\n${shiftMarkers(lines.text, cited.length)}\n\n${block}`, citations: [...cited, ...shifted] };
  }
  return { ...lines, text: `${lines.text}\n\n${ruleText}\n\n${block}`, citations: [...lines.citations, ...cited] };
}

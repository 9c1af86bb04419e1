// Scoring of one answer against an `answers-*.jsonl` item ({id, question, expect, facts, sources}):
// an `answer` item passes when the reply does not abstain, meets every fact group and cites a listed
// source (when any is listed); an `abstain` item passes when the reply says the documents do not
// cover the question and quotes no passage.

export interface AnswerItem {
  id: string;
  question: string;
  province?: string | null;
  expect: 'answer' | 'abstain';
  facts: string[][];
  sources: string[];
  where?: string;
  type?: string;
}

export interface ReplyToScore {
  text: string;
  /** Document ids of the reply's citations. */
  citedDocs: string[];
}

export interface Score {
  pass: boolean;
  abstained: boolean;
  hedged: boolean;
  /** Why it failed, for the stderr report. */
  reasons: string[];
}

/** NFC, no `*`/`#`, lowercase, whitespace collapsed, and no spaces, dots or commas between digits. */
export function normalizeAnswerText(s: string): string {
  let t = s.normalize('NFC').replace(/[*#]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  // Repeat: in "1 800 1581" the removal of one separator makes the next one adjacent to a digit again.
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/(\d)[ .,](?=\d)/g, '$1');
  }
  return t;
}

// How the bot says the documents do not cover a question, and how it says it is unsure.
const NOT_COVERED =
  /(chưa|không) (tìm thấy|có)[^.\n]{0,80}(trong|ở) (các |những )?(kế hoạch|văn bản|tài liệu)|không có trong (các |những )?(kế hoạch|văn bản|tài liệu)/;
const HEDGE = /^(xin lỗi, )?(tôi|mình) (chưa|không) chắc chắn/;
const QUOTE = /«[^»]{20,}»/;

export function saysNotCovered(text: string): boolean {
  return NOT_COVERED.test(normalizeAnswerText(text));
}

export function isHedged(text: string): boolean {
  return HEDGE.test(normalizeAnswerText(text));
}

/** The first fact group with no alternative in the text, or undefined when every group is met. */
export function missingFact(text: string, facts: string[][]): string[] | undefined {
  const t = normalizeAnswerText(text);
  return facts.find((group) => !group.some((alt) => t.includes(normalizeAnswerText(alt))));
}

export function scoreAnswer(item: AnswerItem, reply: ReplyToScore): Score {
  const abstained = saysNotCovered(reply.text);
  const hedged = !abstained && isHedged(reply.text);
  const reasons: string[] = [];
  if (item.expect === 'abstain') {
    if (!abstained) reasons.push('did not say the documents do not cover it');
    if (QUOTE.test(reply.text)) reasons.push('quoted a passage');
    return { pass: reasons.length === 0, abstained, hedged, reasons };
  }
  if (abstained) reasons.push('abstained');
  const missing = missingFact(reply.text, item.facts);
  if (missing) reasons.push(`missing fact ${JSON.stringify(missing)}`);
  if (item.sources.length > 0 && !reply.citedDocs.some((d) => item.sources.includes(d)))
    reasons.push(`no citation of ${item.sources.join(' | ')} (cited: ${reply.citedDocs.join(', ') || 'none'})`);
  return { pass: reasons.length === 0, abstained, hedged, reasons };
}

export interface AnswerSummary {
  n: number;
  pass: number;
  passRate: number;
  answerN: number;
  answerPass: number;
  abstainN: number;
  abstainPass: number;
  hedged: number;
  byType: Record<string, { n: number; pass: number }>;
}

export function summarize(scored: { item: AnswerItem; score: Score }[]): AnswerSummary {
  const s: AnswerSummary = { n: 0, pass: 0, passRate: 0, answerN: 0, answerPass: 0, abstainN: 0, abstainPass: 0, hedged: 0, byType: {} };
  for (const { item, score } of scored) {
    s.n++;
    if (score.pass) s.pass++;
    if (item.expect === 'abstain') {
      s.abstainN++;
      if (score.pass) s.abstainPass++;
    } else {
      s.answerN++;
      if (score.pass) s.answerPass++;
    }
    if (score.hedged) s.hedged++;
    const type = item.type ?? 'unknown';
    const t = (s.byType[type] ??= { n: 0, pass: 0 });
    t.n++;
    if (score.pass) t.pass++;
  }
  s.passRate = s.n ? Math.round((s.pass / s.n) * 1000) / 1000 : 0;
  return s;
}

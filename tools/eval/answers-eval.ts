// `npm run --silent eval -- answers --file <path.jsonl>`: each question goes the way a web chat message
// goes (triage, then the question pipeline: contacts, changes, province, extractive or generated answer),
// built from the environment like `npm run ask`. Failures go to stderr; the last stdout line is
// {"n","pass","passRate","answerN","answerPass","abstainN","abstainPass","hedged","byType":{...}}.
import { readFileSync } from 'node:fs';
import { loadConfig, loadConfigOrExit } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { hotlinesText } from '../../handlers/contacts-answer.js';
import { openAnswering, type Answering } from '../../bot/answering.js';
import { createTriage } from '../../handlers/triage/index.js';
import type { Triage } from '../../handlers/types.js';
import { firstCaseReply } from '../../handlers/replies/situation.js';
import { situationOf } from '../../handlers/conversation/situation.js';
import { inPersonFor, reportPlaceBlock } from '../../handlers/report-place.js';
import { expectedReply } from '../../handlers/conversation/hours.js';
import { scoreAnswer, summarize, type AnswerItem, type AnswerSummary, type Score } from './answer-score.js';

export function parseAnswerItems(file: string): AnswerItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      try {
        return JSON.parse(l) as AnswerItem;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}

export interface AnsweredItem {
  item: AnswerItem;
  text: string;
  score: Score;
}

/** The reply a citizen would read: a case acknowledgement when triage escalates, else the pipeline's answer. */
async function replyTo(item: AnswerItem, answering: Pick<Answering, 'ask' | 'contacts' | 'corpus'>, triage: Triage) {
  const province = item.province ?? null;
  const intent = triage.classify(item.question).label;
  if (intent === 'emergency' || intent === 'report') {
    const situation = situationOf(item.question);
    const place = inPersonFor(intent, situation, item.question, answering.corpus());
    const reply = {
      n: 0,
      situation,
      hotlines: hotlinesText(answering, province),
      waiting: expectedReply(undefined, 0),
      ...(place ? { inPerson: reportPlaceBlock(place) } : {}),
    };
    return { text: firstCaseReply(intent, reply, true), citedDocs: place ? [place.doc.id] : [] };
  }
  const r = await answering.ask(item.question, { province, intent });
  return { text: r.text, citedDocs: r.citations.map((c) => c.docId) };
}

export async function evaluateAnswers(
  items: AnswerItem[],
  answering: Pick<Answering, 'ask' | 'contacts' | 'corpus'>,
  triage: Triage = createTriage(),
  onItem?: (a: AnsweredItem) => void,
): Promise<AnswerSummary> {
  const scored: AnsweredItem[] = [];
  for (const item of items) {
    const reply = await replyTo(item, answering, triage);
    const a = { item, text: reply.text, score: scoreAnswer(item, reply) };
    scored.push(a);
    onItem?.(a);
  }
  return summarize(scored);
}

function reportFailure({ item, text, score }: AnsweredItem): void {
  if (score.pass) return;
  const expected =
    item.expect === 'abstain' ? 'abstain' : `facts ${JSON.stringify(item.facts)} from ${item.sources.join(' | ') || 'any source'}`;
  const head = text
    .split('\n')
    .filter(Boolean)
    .slice(0, 4)
    .map((l) => `    ${l.slice(0, 160)}`)
    .join('\n');
  console.error(
    `FAIL ${item.id} [${item.type ?? '?'}] ${item.question}\n  expected: ${expected}\n  why: ${score.reasons.join('; ')}\n  answer:\n${head}`,
  );
}

/** Opens the answering path from the environment; the caller closes it. */
export async function openAnsweringFromEnv(): Promise<Answering> {
  return openAnswering(loadConfigOrExit(), createLogger({ level: 'warn' }));
}

/** The answer figures of a file with the default configuration (extractive answers, no LLM), for the bench. */
export async function measureAnswers(file: string, dataDir: string): Promise<AnswerSummary> {
  const answering = await openAnswering(loadConfig({ DATA_DIR: dataDir }), createLogger({ level: 'warn' }));
  try {
    return await evaluateAnswers(parseAnswerItems(file), answering);
  } finally {
    answering.close();
  }
}

export async function runAnswersEval(args: string[]): Promise<void> {
  const i = args.indexOf('--file');
  const file = i >= 0 ? args[i + 1] : undefined;
  if (!file) {
    console.error('Usage: npm run --silent eval -- answers --file <path.jsonl>');
    process.exitCode = 2;
    return;
  }
  const items = parseAnswerItems(file);
  const answering = await openAnsweringFromEnv();
  try {
    const summary = await evaluateAnswers(items, answering, createTriage(), reportFailure);
    console.log(JSON.stringify(summary));
  } finally {
    answering.close();
  }
}

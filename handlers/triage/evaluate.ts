// `npm run --silent eval -- triage --file <path.jsonl>`: classifies each line {id, text, label}, prints
// misclassified items to stderr and one JSON summary as the last stdout line.
import { readFileSync } from 'node:fs';
import type { Triage, TriageLabel } from '../types.js';
import { createTriage, TRIAGE_LABELS } from './index.js';

export interface TriageEvalSummary {
  n: number;
  accuracy: number;
  escalateRecall: number;
  emergencyRecall: number;
  falseEscalateRate: number;
}

interface EvalItem {
  id?: string;
  text: string;
  label: TriageLabel;
}

const escalated = (l: TriageLabel): boolean => l === 'emergency' || l === 'report';
const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 10000) / 10000);

export function evaluateItems(
  items: EvalItem[],
  triage: Triage = createTriage(),
  onMiss: (item: EvalItem, predicted: TriageLabel) => void = () => {},
): TriageEvalSummary {
  let correct = 0,
    esc = 0,
    escHit = 0,
    em = 0,
    emHit = 0,
    calm = 0,
    calmEsc = 0;
  for (const it of items) {
    const pred = triage.classify(it.text).label;
    if (pred === it.label) correct++;
    else onMiss(it, pred);
    if (escalated(it.label)) {
      esc++;
      if (escalated(pred)) escHit++;
    } else {
      calm++;
      if (escalated(pred)) calmEsc++;
    }
    if (it.label === 'emergency') {
      em++;
      if (pred === 'emergency') emHit++;
    }
  }
  return {
    n: items.length,
    accuracy: ratio(correct, items.length),
    escalateRecall: ratio(escHit, esc),
    emergencyRecall: ratio(emHit, em),
    falseEscalateRate: calm === 0 ? 0 : ratio(calmEsc, calm),
  };
}

export function parseEvalFile(file: string): EvalItem[] {
  const items: EvalItem[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const obj = JSON.parse(line) as Partial<EvalItem>;
      if (typeof obj.text !== 'string' || !TRIAGE_LABELS.includes(obj.label as TriageLabel)) {
        throw new Error(`line ${i + 1}: expected {id, text, label}`);
      }
      items.push({ id: obj.id, text: obj.text, label: obj.label as TriageLabel });
    });
  return items;
}

export async function runTriageEval(args: string[]): Promise<void> {
  const i = args.indexOf('--file');
  const file = i >= 0 ? args[i + 1] : undefined;
  if (!file) {
    console.error('Usage: npm run --silent eval -- triage --file <path.jsonl>');
    process.exitCode = 2;
    return;
  }
  const items = parseEvalFile(file);
  const summary = evaluateItems(items, createTriage(), (it, pred) => {
    console.error(`MISS ${it.id ?? '?'} expected=${it.label} predicted=${pred} ${JSON.stringify(it.text)}`);
  });
  console.log(JSON.stringify(summary));
}

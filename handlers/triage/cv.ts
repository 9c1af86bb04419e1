// Grouped cross-validation of the triage model: whole template families (generated.jsonl `family`)
// and blocks of hand-written lines are held out together, so a fold never sees siblings of its test items.
// Run: npx tsx handlers/triage/cv.ts [folds]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TriageLabel } from '../types.js';
import { evaluateItems, type TriageEvalSummary } from './evaluate.js';
import { createTriage, DATA_DIR, trainModel, TRIAGE_LABELS, type TrainingItem } from './index.js';

interface GroupedItem extends TrainingItem {
  group: string;
}

export function loadGrouped(dir: string = DATA_DIR): GroupedItem[] {
  const items: GroupedItem[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const o = JSON.parse(line) as { text: string; label: TriageLabel; family?: string };
        if (!TRIAGE_LABELS.includes(o.label)) return;
        // Hand-written files were written in runs of similar sentences: blocks of 15 lines stay together.
        items.push({ text: o.text, label: o.label, group: `${name}:${o.family ?? Math.floor(i / 15)}` });
      });
  }
  return items;
}

const foldOf = (group: string, k: number): number => createHash('sha1').update(group).digest().readUInt32BE(0) % k;

export function crossValidate(
  items: GroupedItem[],
  k = 5,
  onMiss?: (it: GroupedItem, pred: TriageLabel) => void,
): { folds: TriageEvalSummary[]; pooled: TriageEvalSummary } {
  const folds: TriageEvalSummary[] = [];
  const predicted: Array<{ text: string; label: TriageLabel }> = [];
  const fixed = new Map<string, TriageLabel>();
  for (let f = 0; f < k; f++) {
    const train = items.filter((it) => foldOf(it.group, k) !== f);
    const test = items.filter((it) => foldOf(it.group, k) === f);
    const triage = createTriage(trainModel(train));
    folds.push(evaluateItems(test, triage, (it, pred) => onMiss?.(it as GroupedItem, pred)));
    for (const it of test) {
      fixed.set(it.text, triage.classify(it.text).label);
      predicted.push(it);
    }
  }
  // Pooled figures over all held-out predictions (each item predicted once, by the fold that held it out).
  const pooled = evaluateItems(predicted, {
    classify: (t) => ({
      label: fixed.get(t) ?? 'report',
      confidence: 1,
      scores: { emergency: 0, report: 0, question: 0, smalltalk: 0 },
      cues: [],
    }),
  });
  return { folds, pooled };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const k = Number(process.argv[2] ?? 5);
  const items = loadGrouped();
  const verbose = process.argv.includes('-v');
  const { folds, pooled } = crossValidate(items, k, (it, pred) => {
    if (verbose) console.error(`MISS ${it.group} ${it.label}→${pred} ${JSON.stringify(it.text)}`);
  });
  folds.forEach((s, i) => console.log(`fold ${i}: ${JSON.stringify(s)}`));
  console.log(JSON.stringify(pooled));
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateItems, parseEvalFile } from '../../handlers/triage/evaluate.js';
import { loadTrainingData } from '../../handlers/triage/index.js';
import { foldDiacritics } from '../../knowledge/text.js';

// heldout.jsonl is hand-written in a different style from the training data (other names, places,
// sentence shapes) and is never used for training; it guards against overfitting to our own templates.
// heldout2/3.jsonl were each written blind after a round of tuning and first measured as-is.
const HERE = dirname(fileURLToPath(import.meta.url));

describe.each(['heldout.jsonl', 'heldout2.jsonl', 'heldout3.jsonl'])('triage on the held-out set %s', (name) => {
  const FILE = join(HERE, name);
  const items = parseEvalFile(FILE);

  it('is disjoint from the training data', () => {
    const train = new Set(loadTrainingData().map((t) => foldDiacritics(t.text).toLowerCase().trim()));
    for (const it of items) expect(train.has(foldDiacritics(it.text).toLowerCase().trim())).toBe(false);
    expect(readFileSync(FILE, 'utf8').trim().split('\n').length).toBe(items.length);
  });

  it('meets the targets: every emergency caught, ≥95 % escalations, ≤5 % false escalations', () => {
    const misses: string[] = [];
    const s = evaluateItems(items, undefined, (it, pred) => misses.push(`${it.id} ${it.label}→${pred}`));
    expect(s.n).toBeGreaterThanOrEqual(40);
    expect(s.emergencyRecall).toBe(1);
    expect(s.escalateRecall).toBeGreaterThanOrEqual(0.95);
    expect(s.falseEscalateRate).toBeLessThanOrEqual(0.05);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps emergencies at emergency without diacritics', () => {
    const unaccented = items.filter((i) => i.label === 'emergency').map((i) => ({ ...i, text: foldDiacritics(i.text) }));
    expect(evaluateItems(unaccented).emergencyRecall).toBe(1);
  });
});

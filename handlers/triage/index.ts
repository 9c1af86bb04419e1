// Offline triage of citizen messages: a small logistic-regression model (shipped weights in data/model.json,
// retrained from data/*.jsonl when they are stale) under the safety-biased hand rules of rules.ts.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Triage, TriageLabel, TriageResult } from '../types.js';
import { analyse, featurize, type Analysis } from './features.js';
import { loadLogReg, trainLogReg, type Example, type LogReg, type SerializedLogReg } from './model.js';
import { CONTENT, firstRule, holds, type Outcome, RULES, type RuleName, SEVERITY_RULES } from './rules.js';

/** The offline classifier always reports its scores and cues. */
export interface OfflineTriage extends Triage {
  classify(text: string): Required<TriageResult>;
}

export const TRIAGE_LABELS: readonly TriageLabel[] = ['emergency', 'report', 'question', 'smalltalk'];

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(HERE, 'data');
/** Precomputed weights written by `npx tsx handlers/triage/train.ts`. */
export const MODEL_FILE = join(DATA_DIR, 'model.json');

/** Thresholds of the decision rule; low on purpose: missing a victim costs more than a false alarm. */
export const THRESHOLDS = {
  /** Escalate (emergency or report) when P(emergency)+P(report) reaches this. */
  escalate: 0.4,
  /** Same, when the message has none of the trafficking/danger cues (the model alone over-reads narrative small talk). */
  escalateNoCue: 0.7,
  /** Among escalations, call it an emergency when P(emergency) reaches this share of the escalation mass. */
  emergencyShare: 0.3,
};

export interface TrainingItem {
  text: string;
  label: TriageLabel;
}

export function loadTrainingData(dir: string = DATA_DIR): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      const obj = JSON.parse(line) as { text?: unknown; label?: unknown };
      if (typeof obj.text === 'string' && TRIAGE_LABELS.includes(obj.label as TriageLabel)) {
        items.push({ text: obj.text, label: obj.label as TriageLabel });
      }
    }
  }
  return items;
}

/**
 * Version of what a message turns into (text.ts, features.ts: tokens, cues, features). Raise it with any change
 * that can alter a feature; the triage test retrains and fails when the shipped weights no longer match.
 */
export const FEATURES_VERSION = 27;
export const TRAIN_OPTIONS = { epochs: 14, lr: 0.6, l2: 1e-6 };

/** Everything the weights depend on: the training data (by content), the features' version and the training options. */
export interface ModelVersion {
  data: string;
  features: number;
  options: typeof TRAIN_OPTIONS;
}

export function modelVersion(dir: string = DATA_DIR): ModelVersion {
  const h = createHash('sha256');
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    h.update(name).update(readFileSync(join(dir, name)));
  return { data: h.digest('hex').slice(0, 16), features: FEATURES_VERSION, options: TRAIN_OPTIONS };
}

/** model.json: the version, then one line per feature with its rounded weight for each label, so a diff reads feature by feature. */
export interface ShippedModel {
  version: ModelVersion;
  labels: string[];
  weights: Record<string, number[]>;
}

export function toShipped(model: LogReg<TriageLabel>, version: ModelVersion): ShippedModel {
  const { labels, features, weights } = model.toJSON();
  const K = labels.length;
  return { version, labels, weights: Object.fromEntries(features.map((f, i) => [f, weights.slice(i * K, i * K + K)])) };
}

export function fromShipped(shipped: ShippedModel): SerializedLogReg {
  const features = Object.keys(shipped.weights);
  return { labels: shipped.labels, features, weights: features.flatMap((f) => shipped.weights[f]) };
}

export function formatShipped(shipped: ShippedModel): string {
  const rows = Object.entries(shipped.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `{\n  "version": ${JSON.stringify(shipped.version)},\n  "labels": ${JSON.stringify(shipped.labels)},\n  "weights": {\n${rows.join(',\n')}\n  }\n}\n`;
}

export function trainModel(items: TrainingItem[]): LogReg<TriageLabel> {
  const examples: Example<TriageLabel>[] = items.map((it) => ({ features: featurize(analyse(it.text)), label: it.label }));
  return trainLogReg(TRIAGE_LABELS, examples, TRAIN_OPTIONS);
}

let cached: LogReg<TriageLabel> | undefined;

/** Shipped weights when their version is the current one; otherwise trains from the data (slower, same result). */
function defaultModel(): LogReg<TriageLabel> {
  if (cached) return cached;
  try {
    const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ShippedModel;
    if (JSON.stringify(shipped.version) === JSON.stringify(modelVersion())) cached = loadLogReg(TRIAGE_LABELS, fromShipped(shipped));
  } catch {
    // missing or unreadable weights: fall back to training
  }
  cached ??= trainModel(loadTrainingData());
  return cached;
}

/** The label of a message and the rule that decided it (`model` when no rule settles it). */
export interface Decision {
  label: TriageLabel;
  rule: RuleName | 'model';
}

export function decide(p: Record<TriageLabel, number>, a: Analysis): TriageLabel {
  return decideWithRule(p, a).label;
}

/** The first hand rule that holds decides; otherwise the model's escalation mass, with a higher bar without content cues. */
export function decideWithRule(p: Record<TriageLabel, number>, a: Analysis): Decision {
  const rule = firstRule(RULES, a);
  if (rule) return { label: resolve(rule.outcome, p, a), rule: rule.name };
  // Without a single trafficking or danger cue, ask the model for more certainty ("tôi đang bận" is not a report).
  const threshold = holds(CONTENT, a) ? THRESHOLDS.escalate : THRESHOLDS.escalateNoCue;
  if (p.emergency + p.report >= threshold) return { label: severity(p, a), rule: 'model' };
  return { label: p.question >= p.smalltalk ? 'question' : 'smalltalk', rule: 'model' };
}

function resolve(outcome: Outcome, p: Record<TriageLabel, number>, a: Analysis): TriageLabel {
  switch (outcome) {
    case 'calm':
      return p.smalltalk > p.question + 0.3 ? 'smalltalk' : 'question';
    case 'chat':
      return p.smalltalk >= p.question ? 'smalltalk' : 'question';
    case 'escalate':
      return severity(p, a);
    default:
      return outcome;
  }
}

/** Emergency or report, for a message that is escalated. */
function severity(p: Record<TriageLabel, number>, a: Analysis): TriageLabel {
  const rule = firstRule(SEVERITY_RULES, a);
  if (rule) return rule.outcome;
  return p.emergency >= THRESHOLDS.emergencyShare * (p.emergency + p.report) ? 'emergency' : 'report';
}

export function createTriage(model?: LogReg<TriageLabel>): OfflineTriage {
  let m: LogReg<TriageLabel> | undefined = model;
  return {
    classify(text: string): Required<TriageResult> {
      try {
        const a = analyse(typeof text === 'string' ? text : '');
        if (a.tokens.length === 0) {
          return { label: 'smalltalk', confidence: 0.2, scores: { emergency: 0, report: 0, question: 0, smalltalk: 1 }, cues: ['empty'] };
        }
        m ??= defaultModel();
        const scores = m.predict(featurize(a));
        const { label, rule } = decideWithRule(scores, a);
        const esc = scores.emergency + scores.report;
        // Confidence is about the label actually returned; for escalations the escalation mass counts.
        const confidence =
          rule === 'danger now'
            ? Math.max(0.9, scores.emergency)
            : label === 'emergency' || label === 'report'
              ? Math.max(scores[label], esc)
              : scores[label];
        return { label, confidence: round(confidence), scores: mapRound(scores), cues: [...a.cues].sort() };
      } catch {
        // Never throw: an unknown failure is treated as a possible report so a person is not ignored.
        return { label: 'report', confidence: 0.1, scores: { emergency: 0, report: 1, question: 0, smalltalk: 0 }, cues: ['error'] };
      }
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function mapRound(s: Record<TriageLabel, number>): Record<TriageLabel, number> {
  return { emergency: round(s.emergency), report: round(s.report), question: round(s.question), smalltalk: round(s.smalltalk) };
}

/**
 * The triage with the `max` most recent classifications of questions and small talk kept: the same questions come
 * back again and again, and the model is a pure function of the text. Reports and emergencies are not kept (each
 * is its own text, and report texts are not held in memory longer than their handling).
 */
export function rememberingQuestions(triage: OfflineTriage, max = 2_000): OfflineTriage {
  const recent = new Map<string, Required<TriageResult>>();
  return {
    classify(text) {
      const known = recent.get(text);
      if (known) return known;
      const r = triage.classify(text);
      if (r.label === 'question' || r.label === 'smalltalk') {
        // Callers share the kept result, so none can change what another reads.
        Object.freeze(r.scores);
        Object.freeze(r.cues);
        if (recent.size >= max) recent.delete(recent.keys().next().value as string);
        recent.set(text, Object.freeze(r));
      }
      return r;
    },
  };
}

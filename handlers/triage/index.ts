// Offline triage of citizen messages: a small logistic-regression model (the shipped weights in
// data/model.json, or trained from data/*.jsonl when their version does not match), plus explicit danger
// cues with a safety-biased decision rule.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Triage, TriageLabel, TriageResult } from '../types.js';
import { analyse, featurize, type Analysis, type Cue } from './features.js';
import { loadLogReg, trainLogReg, type Example, type LogReg, type SerializedLogReg } from './model.js';

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
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
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
export const FEATURES_VERSION = 1;
export const TRAIN_OPTIONS = { epochs: 14, lr: 0.6, l2: 1e-6 };

/** Everything the weights depend on: the training data (by content), the features' version and the training options. */
export interface ModelVersion {
  data: string;
  features: number;
  options: typeof TRAIN_OPTIONS;
}

export function modelVersion(dir: string = DATA_DIR): ModelVersion {
  const h = createHash('sha256');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) h.update(name).update(readFileSync(join(dir, name)));
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

/** Danger happening now to the writer or someone they name, not phrased as a hypothetical or a procedure question. */
function isHardEmergency(a: Analysis): boolean {
  const c = a.cues;
  if (!c.has('danger_now')) return false;
  // A survivor telling what happened before they came home: the model decides between report and emergency.
  if (c.has('returned') && !c.has('danger_soft')) return false;
  // "Nếu có người bị nhốt thì gọi ai?" is a hypothetical question; "nếu báo công an sẽ giết nó" is a threat.
  const asks = c.has('question_form') || a.hasQuestionMark;
  if (c.has('conditional') && asks && !c.has('personal_danger')) return false;
  // "Tôi nghe nói bên đó nhiều người bị giữ, có đúng không?" asks about news, not about the writer.
  if (c.has('hearsay') && asks) return false;
  if (c.has('procedure_question') && !c.has('personal_danger')) return false;
  return c.has('personal_danger') || !c.has('impersonal_question');
}

const hasAny = (a: Analysis, cues: readonly Cue[]): boolean => cues.some((k) => a.cues.has(k));

/** No sign of danger now, of violence, of a wish to report, or of an urgent plea. */
function isCalm(a: Analysis): boolean {
  return !hasAny(a, ['danger_now', 'danger_soft', 'violence', 'report_intent']);
}

/**
 * Second stage: a calm question about someone else's past or about procedures is a question even when
 * it mentions victims, returnees or relatives. A report needs the writer (or their family) to be the
 * person affected, or a concrete event that is still going on.
 */
export function isCalmQuestion(a: Analysis): boolean {
  const c = a.cues;
  if (!isCalm(a) || c.has('self_victim')) return false;
  // Requests for documents or explanations about the topic ("cho mình xin danh sách…", "phân biệt giúp em…").
  if (c.has('info_request') && !c.has('affected_other')) return true;
  if (!c.has('asks')) return false;
  // Planning to go abroad and asking how to stay safe, with nothing bad said to have happened.
  if (c.has('plan') && !c.has('harm') && !c.has('suspect')) return true;
  // Someone in the community who already came back, asked about by a neighbour or an official.
  // A relative who came back a while ago counts too; one who just got back still needs a case.
  if (c.has('returned') && (!c.has('relation') || !c.has('fresh')) && !c.has('present') && !c.has('escaped') && !c.has('missing')) return true;
  // "Ở xã tôi có người đã bị lừa sang Lào, họ có được vay vốn không?": a past case and an entitlement question.
  if (c.has('past_done') && c.has('benefit') && !c.has('missing') && !c.has('relation') && !c.has('present')) return true;
  // "Bạn ấy hỏi…", "người ta hỏi tôi…": a relayed question, not the writer's own situation.
  // A relative can relay a question too ("mẹ tôi hỏi là…"), unless something is said to have happened to them.
  if (c.has('relayed_question') && !(c.has('relation') && c.has('personal_harm'))) return true;
  return false;
}

/** "Nếu con tôi bị giữ ở nước ngoài thì gọi ai?": a conditional question with nothing happening now. */
export function isHypothetical(a: Analysis): boolean {
  const c = a.cues;
  return c.has('hypothetical') && c.has('asks') && !c.has('present') && !c.has('threat') && !c.has('self_victim') && !c.has('report_intent') && !c.has('returned');
}

/** Talk about news or films, with nobody the writer knows involved and nothing happening now. */
export function isNewsTalk(a: Analysis): boolean {
  const c = a.cues;
  // "Mình đọc tin…" is first person but about the news; a relative, a neighbour or the writer as victim is not.
  // A generic crowd seen on TV is not a neighbour; a neighbour only heard about still counts.
  const witness = c.has('witness') && !(c.has('generic_many') && !c.has('first_person'));
  const involved = c.has('relation') || witness || c.has('implicit_self') || c.has('self_victim') || (c.has('first_person') && !c.has('reader'));
  // Hearsay about one specific person nearby is a lead; only the media or crowds make it news.
  return (c.has('media') || (c.has('hearsay') && c.has('generic_many'))) && !involved && !c.has('suspect') && !c.has('present') && !c.has('report_intent');
}

export function decide(p: Record<TriageLabel, number>, a: Analysis): TriageLabel {
  const esc = p.emergency + p.report;
  const calmLabel = (): TriageLabel => (p.smalltalk > p.question + 0.3 ? 'smalltalk' : 'question');
  if (isHypothetical(a)) return 'question';
  if (isNewsTalk(a)) return a.cues.has('asks') ? 'question' : p.smalltalk >= p.question ? 'smalltalk' : calmLabel();
  if (isHardEmergency(a)) return 'emergency';
  const c = a.cues;
  if (isCalmQuestion(a)) return calmLabel();
  const personal = c.has('personal');
  // Safety floor: someone the writer names is trapped, threatened or hurt, and it is not a hypothetical or news.
  // A mid-sentence "nếu" is usually a threat ("dọa nếu kêu thì ném xuống"); only a sentence-initial one is hypothetical.
  const floor = personal && (c.has('danger_soft') || c.has('violence') || c.has('threat')) && !c.has('hearsay') && !c.has('hypothetical') && !c.has('procedure_question');
  // Without a single trafficking or danger cue, ask the model for more certainty ("tôi đang bận" is not a report).
  const content = hasAny(a, ['harm', 'danger_now', 'danger_soft', 'violence', 'suspect', 'report_intent', 'urgency', 'returned', 'missing', 'self_victim', 'escaped', 'threat']);
  const threshold = content ? THRESHOLDS.escalate : THRESHOLDS.escalateNoCue;
  // The writer says it happened to them: a report at least, even when they ask how to get help.
  const selfReport = c.has('self_victim') && !c.has('hypothetical');
  // A relative or neighbour who left and has gone quiet, told as a fact: a report at least.
  const missingPerson = (c.has('relation') || c.has('witness')) && c.has('missing') && !c.has('hypothetical') && !c.has('returned');
  // "Tôi muốn báo / tố giác …" with something concrete to report.
  const statedReport = c.has('report_stated') && !c.has('asks') && !c.has('hypothetical') && hasAny(a, ['harm', 'suspect', 'danger_now', 'danger_soft', 'violence']);
  if (esc >= threshold || floor || selfReport || missingPerson || statedReport) {
    // Violence or urgency to a named person who is not back home yet: treat as danger now.
    // A bare "giúp em … với" is politeness unless something harmful is also said.
    const urgent = c.has('urgency') && (c.has('harm') || c.has('danger_now')) && !c.has('info_request');
    if (personal && (c.has('violence') || c.has('danger_soft') || c.has('threat') || urgent) && !c.has('returned')) return 'emergency';
    return p.emergency >= THRESHOLDS.emergencyShare * esc ? 'emergency' : 'report';
  }
  return p.question >= p.smalltalk ? 'question' : 'smalltalk';
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
        const label = decide(scores, a);
        const esc = scores.emergency + scores.report;
        // Confidence is about the label actually returned; for escalations the escalation mass counts.
        const confidence = label === 'emergency' && isHardEmergency(a) ? Math.max(0.9, scores.emergency) : label === 'emergency' || label === 'report' ? Math.max(scores[label], esc) : scores[label];
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

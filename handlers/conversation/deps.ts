// Structural types for what the conversation needs from triage (helper T) and the answerer (helper R).
// They match wiring.md so the real modules plug in without the conversation importing them.
import type { Logger } from 'pino';
import type { CaseStore } from '../cases/store.js';
import type { Button, Citation, TriageLabel } from '../types.js';

export interface TriageResult {
  label: TriageLabel;
  confidence: number;
  scores?: Record<TriageLabel, number>;
  cues?: string[];
}

export interface Triage {
  classify(text: string): TriageResult;
}

export interface AnswerResult {
  kind: 'answer' | 'abstain';
  text: string;
  citations: Citation[];
  buttons?: Button[][];
}

export type Answerer = (question: string, ctx: { province?: string | null; history?: string[] }) => Promise<AnswerResult>;

/** Accepts both bot/config.ts parseWorkingHours output ({start, end}) and the wiring.md shape ({startHour, endHour}). */
export type WorkingHours =
  | { start: number; end: number; days: number[] }
  | { startHour: number; endHour: number; days: number[] };

export interface ConversationDeps {
  store: CaseStore;
  triage: Triage;
  answer: Answerer;
  fullSection?: (data: string) => AnswerResult | undefined;
  officers: { telegram: string[]; zalo: string[]; web: string[]; telegramGroupChatId?: string };
  reannounceMinutes: number;
  defaultProvince?: string;
  workingHours?: WorkingHours;
  logger: Logger;
  now?: () => number;
}

export function hoursOf(w: WorkingHours): { start: number; end: number; days: number[] } {
  return 'startHour' in w ? { start: w.startHour, end: w.endHour, days: w.days } : w;
}

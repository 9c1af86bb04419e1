// What the conversation needs from triage (helper T, declared structurally so any classifier with
// classify() fits) and the answerer (helper R, its types re-exported).
import type { Logger } from 'pino';
import type { CaseStore } from '../cases/store.js';
import type { AnswerResult, Answerer } from '../answer.js';
import type { TriageLabel } from '../types.js';
import type { DocMeta } from '../../knowledge/types.js';

export interface TriageResult {
  label: TriageLabel;
  confidence: number;
  scores?: Record<TriageLabel, number>;
  cues?: string[];
}

export interface Triage {
  classify(text: string): TriageResult;
}

export type { AnswerResult, Answerer };

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
  /** Loaded documents, for the officers' /tailieu list (the live corpus's docs after a reload). */
  documents?: () => DocMeta[];
}

export function hoursOf(w: WorkingHours): { start: number; end: number; days: number[] } {
  return 'startHour' in w ? { start: w.startHour, end: w.endHour, days: w.days } : w;
}

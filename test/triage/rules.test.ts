// One test per hand rule of the triage decision, on cue sets rather than sentences: each rule's condition
// and each of its exceptions, so a change to a rule shows here before it shows in the figures.
import { describe, expect, it } from 'vitest';
import type { Analysis, Cue } from '../../handlers/triage/features.js';
import { decide, isCalmQuestion, isHypothetical, isNewsTalk } from '../../handlers/triage/index.js';
import type { TriageLabel } from '../../handlers/types.js';

const cues = (...c: Cue[]): Analysis => ({ tokens: ['x'], cues: new Set(c), hasQuestionMark: false });
// The model sees nothing to escalate, and would call an escalation a report rather than an emergency.
const CALM: Record<TriageLabel, number> = { emergency: 0.01, report: 0.19, question: 0.7, smalltalk: 0.1 };

describe('triage rules', () => {
  it('hypothetical: a conditional question, unless something is happening now, threatened, self-reported or reported', () => {
    expect(isHypothetical(cues('hypothetical', 'asks'))).toBe(true);
    for (const c of ['present', 'threat', 'self_victim', 'report_intent', 'returned'] as const) expect(isHypothetical(cues('hypothetical', 'asks', c)), c).toBe(false);
    expect(isHypothetical(cues('hypothetical'))).toBe(false);
  });

  it('news talk: media or hearsay about crowds, unless someone the writer knows is involved or something is reported', () => {
    expect(isNewsTalk(cues('media'))).toBe(true);
    expect(isNewsTalk(cues('hearsay', 'generic_many'))).toBe(true);
    expect(isNewsTalk(cues('hearsay'))).toBe(false);
    for (const c of ['relation', 'self_victim', 'implicit_self', 'suspect', 'present', 'report_intent'] as const) expect(isNewsTalk(cues('media', c)), c).toBe(false);
    expect(isNewsTalk(cues('media', 'first_person', 'reader'))).toBe(true);
    expect(isNewsTalk(cues('media', 'first_person'))).toBe(false);
  });

  it('calm question: about a returnee, a past case and benefits, a plan abroad, a relayed question or a request for documents', () => {
    expect(isCalmQuestion(cues('asks', 'returned'))).toBe(true);
    expect(isCalmQuestion(cues('asks', 'past_done', 'benefit'))).toBe(true);
    expect(isCalmQuestion(cues('asks', 'plan'))).toBe(true);
    expect(isCalmQuestion(cues('asks', 'relayed_question'))).toBe(true);
    expect(isCalmQuestion(cues('info_request'))).toBe(true);
    // Exceptions: danger, the writer as victim, a relative just back, someone missing, a relayed question about harm to a relative.
    expect(isCalmQuestion(cues('asks', 'returned', 'danger_now'))).toBe(false);
    expect(isCalmQuestion(cues('asks', 'returned', 'self_victim'))).toBe(false);
    expect(isCalmQuestion(cues('asks', 'returned', 'relation', 'fresh'))).toBe(false);
    expect(isCalmQuestion(cues('asks', 'returned', 'missing'))).toBe(false);
    expect(isCalmQuestion(cues('asks', 'relayed_question', 'relation', 'personal_harm'))).toBe(false);
    expect(isCalmQuestion(cues('info_request', 'affected_other'))).toBe(false);
    expect(isCalmQuestion(cues('returned'))).toBe(false);
  });

  it('hard emergency: danger now to the writer or someone named wins over the model, but not as a question about news or procedure', () => {
    expect(decide(CALM, cues('danger_now', 'personal_danger'))).toBe('emergency');
    expect(decide(CALM, cues('danger_now'))).toBe('emergency');
    expect(decide(CALM, cues('danger_now', 'impersonal_question'))).not.toBe('emergency');
    expect(decide(CALM, cues('danger_now', 'hearsay', 'question_form'))).not.toBe('emergency');
    expect(decide(CALM, cues('danger_now', 'procedure_question'))).not.toBe('emergency');
    expect(decide(CALM, cues('danger_now', 'returned'))).not.toBe('emergency');
  });

  it('safety floor: a named person trapped, threatened or hurt is escalated even when the model is calm', () => {
    expect(decide(CALM, cues('personal', 'danger_soft'))).toBe('emergency');
    expect(decide(CALM, cues('personal', 'violence', 'returned'))).toBe('report');
    expect(decide(CALM, cues('personal', 'violence', 'hearsay'))).toBe('question');
  });

  it('self report, missing person and stated report are reports at least', () => {
    expect(decide(CALM, cues('self_victim'))).toBe('report');
    expect(decide(CALM, cues('relation', 'missing'))).toBe('report');
    expect(decide(CALM, cues('relation', 'missing', 'returned'))).toBe('question');
    expect(decide(CALM, cues('report_stated', 'suspect'))).toBe('report');
    expect(decide(CALM, cues('report_stated'))).toBe('question');
  });

  it('the model decides the rest, with a higher bar when no trafficking or danger cue is present', () => {
    const leaning: Record<TriageLabel, number> = { emergency: 0.1, report: 0.45, question: 0.4, smalltalk: 0.05 };
    expect(decide(leaning, cues('harm'))).toBe('report');
    expect(decide(leaning, cues())).toBe('question');
    expect(decide({ emergency: 0, report: 0, question: 0.1, smalltalk: 0.9 }, cues())).toBe('smalltalk');
  });
});

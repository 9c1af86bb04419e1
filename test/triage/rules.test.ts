// One test per hand rule of the triage decision, on cue sets rather than sentences: each rule fires on its
// condition and stays silent on each of its exceptions, in table order (an earlier rule would take the message).
import { describe, expect, it } from 'vitest';
import type { Analysis, Cue } from '../../handlers/triage/features.js';
import { decide, decideWithRule } from '../../handlers/triage/index.js';
import { firstRule, holds, RULES, type RuleName, SEVERITY_RULES } from '../../handlers/triage/rules.js';
import type { TriageLabel } from '../../handlers/types.js';

const cues = (...c: Cue[]): Analysis => ({ tokens: ['x'], cues: new Set(c), hasQuestionMark: false });
const withQuestionMark = (...c: Cue[]): Analysis => ({ ...cues(...c), hasQuestionMark: true });
// The model sees nothing to escalate, and would call an escalation a report rather than an emergency.
const CALM: Record<TriageLabel, number> = { emergency: 0.01, report: 0.19, question: 0.7, smalltalk: 0.1 };

/** For every rule (a missing one fails typecheck): messages it decides, and near misses it leaves alone. */
const EXAMPLES: Record<RuleName, { fires: Analysis[]; not: Analysis[] }> = {
  'hypothetical question': {
    fires: [cues('hypothetical', 'asks')],
    not: [
      cues('hypothetical'),
      ...(['present', 'threat', 'self_victim', 'report_intent', 'returned'] as const).map((c) => cues('hypothetical', 'asks', c)),
    ],
  },
  'question about the news': {
    fires: [cues('media', 'asks'), cues('hearsay', 'generic_many', 'asks'), cues('media', 'first_person', 'reader', 'asks')],
    not: [cues('media'), cues('hearsay', 'asks'), cues('media', 'first_person', 'asks'), cues('media', 'relation', 'asks')],
  },
  'news talk': {
    fires: [cues('media'), cues('hearsay', 'generic_many'), cues('media', 'witness', 'generic_many')],
    not: [
      cues('hearsay'),
      cues('media', 'witness'),
      cues('media', 'first_person'),
      ...(['relation', 'self_victim', 'implicit_self', 'suspect', 'present', 'report_intent'] as const).map((c) => cues('media', c)),
    ],
  },
  'administrative change': {
    fires: [cues('admin_change'), cues('admin_change', 'first_person', 'personal', 'present', 'asks')],
    not: [
      ...(
        [
          'harm',
          'danger_now',
          'danger_soft',
          'violence',
          'suspect',
          'report_intent',
          'urgency',
          'missing',
          'self_victim',
          'threat',
        ] as const
      ).map((c) => cues('admin_change', c)),
    ],
  },
  'question about a rescue': {
    fires: [
      cues('rescue_condition', 'asks'),
      cues('rescue_condition', 'asks', 'danger_now', 'violence', 'impersonal_question'),
      cues('rescue_condition', 'asks', 'danger_now', 'present', 'hypothetical'),
    ],
    not: [
      cues('rescue_condition'),
      ...(['personal', 'threat', 'urgency', 'report_stated', 'report_intent', 'missing', 'relapse', 'self_victim'] as const).map((c) =>
        cues('rescue_condition', 'asks', c),
      ),
    ],
  },
  'danger now': {
    fires: [
      cues('danger_now'),
      cues('danger_now', 'personal_danger', 'impersonal_question'),
      cues('danger_now', 'returned', 'danger_soft'),
      // A plea for a rescue asked of anyone ("có người bị nhốt trong kho, ai cứu với?").
      withQuestionMark('danger_now', 'plea', 'impersonal_question'),
      cues('danger_now', 'hypothetical', 'asks', 'present', 'personal_danger'),
      cues('danger_now', 'hypothetical', 'asks', 'present', 'plea'),
      // What an act costs, asked with someone the writer knows in it, or now.
      ...(['relation', 'present', 'plea', 'threat'] as const).map((c) =>
        cues('danger_now', 'legality', 'question_form', 'first_person', 'personal', 'personal_danger', c),
      ),
    ],
    not: [
      // "Cho mình hỏi bắt cóc trẻ em để bán thì bị tù mấy năm?": what the act costs, nobody in it now.
      cues('danger_now', 'legality', 'question_form', 'first_person', 'personal', 'personal_danger'),
      cues('danger_now', 'impersonal_question'),
      cues('danger_now', 'returned'),
      cues('danger_now', 'hearsay', 'question_form'),
      withQuestionMark('danger_now', 'hearsay'),
      withQuestionMark('danger_now', 'conditional'),
      cues('danger_now', 'procedure_question'),
      // "Nạn nhân đang bị đe dọa thì …": anyone in that case.
      cues('danger_now', 'hypothetical', 'asks', 'present'),
    ],
  },
  "a facility's own procedure": {
    fires: [
      cues('org_writer', 'asks'),
      cues('org_writer', 'asks', 'urgency', 'fresh', 'present'),
      cues('org_writer', 'asks', 'harm', 'violence', 'medical'),
    ],
    not: [
      cues('org_writer'),
      cues('org_writer', 'asks', 'violence'),
      ...(['danger_now', 'danger_soft', 'threat', 'report_stated', 'missing', 'self_victim', 'escaped', 'suspect', 'relapse'] as const).map(
        (c) => cues('org_writer', 'asks', c),
      ),
    ],
  },
  "an official's case in hand": {
    fires: [
      cues('official_writer', 'asks', 'received'),
      cues('official_writer', 'asks', 'harm', 'sold', 'escaped', 'returned', 'fresh', 'personal', 'personal_harm'),
      cues('official_writer', 'asks', 'returned', 'violence', 'medical'),
    ],
    not: [
      cues('official_writer', 'asks'),
      cues('official_writer', 'received'),
      cues('official_writer', 'asks', 'received', 'violence'),
      ...(
        [
          'danger_now',
          'danger_soft',
          'threat',
          'report_stated',
          'missing',
          'self_victim',
          'relapse',
          'plea',
          'urgency',
          'relation',
          'kin_of_writer',
          'still_away',
          'self_harm',
          'hearsay',
          'suspect',
        ] as const
      ).map((c) => cues('official_writer', 'asks', 'escaped', c)),
    ],
  },
  "a body's own change": {
    fires: [cues('org_change', 'asks'), cues('org_change', 'asks', 'fresh', 'present', 'first_person', 'personal', 'report_intent')],
    not: [
      cues('org_change'),
      ...(
        [
          'danger_now',
          'danger_soft',
          'threat',
          'report_stated',
          'missing',
          'violence',
          'harm',
          'self_victim',
          'escaped',
          'suspect',
          'relapse',
        ] as const
      ).map((c) => cues('org_change', 'asks', c)),
    ],
  },
  'request for documents': {
    fires: [cues('info_request')],
    not: [cues('info_request', 'affected_other'), cues('info_request', 'violence'), cues('info_request', 'self_victim')],
  },
  'request about a procedure': {
    fires: [
      cues('info_request', 'procedure', 'report_intent', 'first_person', 'personal_harm'),
      cues('info_request', 'procedure', 'report_intent', 'urgency'),
    ],
    not: [
      cues('info_request', 'report_intent'),
      cues('procedure', 'report_intent'),
      ...(
        [
          'danger_now',
          'danger_soft',
          'violence',
          'threat',
          'self_victim',
          'report_stated',
          'affected_other',
          'missing',
          'present',
          'suspect',
        ] as const
      ).map((c) => cues('info_request', 'procedure', 'report_intent', c)),
    ],
  },
  'trip abroad': {
    fires: [cues('asks', 'plan')],
    not: [cues('plan'), cues('asks', 'plan', 'harm'), cues('asks', 'plan', 'suspect'), cues('asks', 'plan', 'danger_soft')],
  },
  returnee: {
    fires: [cues('asks', 'returned'), cues('asks', 'returned', 'relation'), cues('asks', 'returned', 'fresh')],
    not: [
      cues('returned'),
      cues('asks', 'returned', 'relation', 'fresh'),
      ...(['present', 'escaped', 'missing', 'report_intent', 'self_victim', 'relapse'] as const).map((c) => cues('asks', 'returned', c)),
    ],
  },
  'marriage abroad that ended': {
    fires: [cues('married_abroad', 'asks'), cues('married_abroad', 'asks', 'relation', 'personal_harm', 'harm', 'benefit')],
    not: [
      cues('married_abroad'),
      ...(
        [
          'sold',
          'danger_now',
          'danger_soft',
          'violence',
          'threat',
          'missing',
          'suspect',
          'report_intent',
          'relapse',
          'self_victim',
        ] as const
      ).map((c) => cues('married_abroad', 'asks', c)),
    ],
  },
  'identified victim': {
    fires: [
      cues('identified', 'asks'),
      cues('identified', 'asks', 'relation', 'personal_harm', 'past_event'),
      cues('identified', 'asks', 'self_victim', 'fresh', 'present'),
    ],
    not: [
      cues('identified'),
      ...(
        ['danger_now', 'danger_soft', 'threat', 'report_stated', 'missing', 'violence', 'escaped', 'suspect', 'urgency', 'relapse'] as const
      ).map((c) => cues('identified', 'asks', c)),
    ],
  },
  'past case and benefits': {
    fires: [cues('asks', 'past_done', 'benefit')],
    not: [
      cues('past_done', 'benefit'),
      cues('asks', 'past_done'),
      ...(['missing', 'relation', 'present'] as const).map((c) => cues('asks', 'past_done', 'benefit', c)),
    ],
  },
  'relayed question': {
    fires: [cues('asks', 'relayed_question'), cues('asks', 'relayed_question', 'relation')],
    not: [
      cues('relayed_question'),
      cues('asks', 'relayed_question', 'relation', 'personal_harm'),
      cues('asks', 'relayed_question', 'danger_soft'),
    ],
  },
  'relative in care': {
    fires: [
      cues('in_care', 'asks', 'relation', 'personal', 'present'),
      cues('in_care', 'asks', 'relation', 'personal', 'violence', 'medical'),
      cues('in_care', 'asks', 'benefit', 'personal_harm'),
    ],
    not: [
      cues('in_care', 'relation', 'present'),
      cues('in_care', 'asks', 'relation', 'personal', 'violence'),
      ...(['danger_now', 'danger_soft', 'threat', 'report_stated', 'missing', 'escaped'] as const).map((c) => cues('in_care', 'asks', c)),
    ],
  },
  'question about statistics': {
    // The harm is the cases counted ("tỉnh mình phát hiện mấy vụ mua bán người"), not done to the writer.
    fires: [cues('statistics'), cues('statistics', 'asks', 'first_person', 'personal', 'harm', 'personal_harm', 'sold')],
    not: [
      ...(
        [
          'danger_now',
          'danger_soft',
          'violence',
          'threat',
          'self_victim',
          'implicit_self',
          'report_stated',
          'report_intent',
          'missing',
          'relation',
          'witness',
          'present',
          'escaped',
        ] as const
      ).map((c) => cues('statistics', c)),
    ],
  },
  'question about the law': {
    fires: [cues('legality', 'asks'), cues('legality', 'asks', 'relation', 'personal')],
    not: [
      cues('legality'),
      ...(
        [
          'danger_now',
          'danger_soft',
          'violence',
          'threat',
          'self_victim',
          'report_stated',
          'missing',
          'personal_harm',
          'present',
          'escaped',
        ] as const
      ).map((c) => cues('legality', 'asks', c)),
      // A relative's case told beside the question.
      ...(['sold', 'fresh', 'past_event'] as const).map((c) => cues('legality', 'asks', 'relation', 'personal', c)),
    ],
  },
  'safety floor': {
    fires: [
      cues('personal', 'danger_soft'),
      cues('personal', 'violence', 'returned'),
      cues('personal', 'threat'),
      // A threat made now, with a question on who may protect them.
      cues('personal', 'threat', 'present', 'procedure_question'),
      cues('personal', 'threat', 'relapse', 'procedure_question'),
      // Someone the writer knows is held, and the writer asks which agency to tell.
      cues('personal', 'danger_soft', 'affected_other', 'procedure_question'),
    ],
    not: [
      cues('personal', 'threat', 'procedure_question'),
      cues('danger_soft'),
      cues('personal', 'violence', 'hearsay'),
      cues('personal', 'threat', 'hypothetical'),
      cues('personal', 'violence', 'procedure_question'),
    ],
  },
  'self report': {
    fires: [cues('self_victim'), cues('self_victim', 'asks', 'returned')],
    not: [cues('self_victim', 'hypothetical')],
  },
  'relative harmed': {
    fires: [
      cues('relation', 'personal_harm', 'past_event'),
      cues('relation', 'personal_harm', 'past_event', 'asks', 'procedure_question'),
      // Just now ("con tôi vừa bị bán sang bên kia, theo luật thì làm sao").
      cues('relation', 'personal_harm', 'fresh', 'asks', 'procedure_question'),
    ],
    not: [
      cues('personal_harm', 'past_event'),
      cues('relation', 'past_event'),
      cues('relation', 'personal_harm'),
      ...(['hypothetical', 'hearsay', 'returned'] as const).map((c) => cues('relation', 'personal_harm', 'past_event', c)),
    ],
  },
  'relative escaped': {
    fires: [
      // Still abroad ("chồng tôi đã trốn khỏi công ty, đến cơ quan nào để được về"), or only just back.
      cues('relation', 'escaped', 'asks', 'procedure_question'),
      cues('relation', 'escaped', 'returned', 'fresh', 'asks'),
    ],
    not: [
      cues('escaped', 'asks'),
      // Back for years: a question about entitlements is the model's to weigh.
      cues('relation', 'escaped', 'returned', 'asks'),
      ...(['hypothetical', 'hearsay'] as const).map((c) => cues('relation', 'escaped', c)),
    ],
  },
  'missing person': {
    fires: [cues('relation', 'missing'), cues('witness', 'missing')],
    not: [cues('missing'), cues('relation', 'missing', 'returned'), cues('relation', 'missing', 'hypothetical')],
  },
  'stated report': {
    fires: [cues('report_stated', 'suspect'), cues('report_stated', 'harm')],
    not: [cues('report_stated'), cues('report_stated', 'harm', 'asks'), cues('report_stated', 'suspect', 'hypothetical')],
  },
};

const OUTCOME_LABELS: Record<string, TriageLabel[]> = {
  calm: ['question', 'smalltalk'],
  chat: ['question', 'smalltalk'],
  escalate: ['emergency', 'report'],
};

describe('triage rules', () => {
  for (const rule of RULES) {
    it(`${rule.name}: ${rule.why}`, () => {
      const { fires, not } = EXAMPLES[rule.name];
      for (const a of fires) {
        expect(firstRule(RULES, a)?.name, [...a.cues].join(' ')).toBe(rule.name);
        const { label, rule: decidedBy } = decideWithRule(CALM, a);
        expect(decidedBy).toBe(rule.name);
        expect(OUTCOME_LABELS[rule.outcome] ?? [rule.outcome]).toContain(label);
      }
      for (const a of not) expect(firstRule(RULES, a)?.name, [...a.cues].join(' ')).not.toBe(rule.name);
    });
  }

  it('named person in danger: an escalation about someone named who is hurt, trapped, threatened or pleading urgently is an emergency', () => {
    const [rule] = SEVERITY_RULES;
    for (const a of [
      cues('personal', 'violence'),
      cues('personal', 'danger_soft'),
      cues('personal', 'threat'),
      cues('personal', 'urgency', 'harm'),
      // Back home, but threatened now.
      cues('personal', 'threat', 'returned'),
    ])
      expect(holds(rule.when, a), [...a.cues].join(' ')).toBe(true);
    for (const a of [
      cues('violence'),
      cues('personal', 'violence', 'returned'),
      cues('personal', 'urgency'),
      cues('personal', 'urgency', 'harm', 'info_request'),
    ])
      expect(holds(rule.when, a), [...a.cues].join(' ')).toBe(false);
    expect(decide(CALM, cues('personal', 'danger_soft'))).toBe('emergency');
    expect(decide(CALM, cues('personal', 'violence', 'returned'))).toBe('report');
  });

  it('calm outcomes follow the model only when it leans clearly; news talk leans to small talk', () => {
    const chatty: Record<TriageLabel, number> = { emergency: 0, report: 0, question: 0.3, smalltalk: 0.5 };
    expect(decide(chatty, cues('asks', 'plan'))).toBe('question');
    expect(decide(chatty, cues('media'))).toBe('smalltalk');
    expect(decide({ ...chatty, question: 0.1, smalltalk: 0.9 }, cues('asks', 'plan'))).toBe('smalltalk');
    expect(decide(CALM, cues('media'))).toBe('question');
  });

  it('the model decides the rest, with a higher bar when no trafficking or danger cue is present', () => {
    const leaning: Record<TriageLabel, number> = { emergency: 0.1, report: 0.45, question: 0.4, smalltalk: 0.05 };
    expect(decideWithRule(leaning, cues('harm'))).toEqual({ label: 'report', rule: 'model' });
    expect(decide(leaning, cues())).toBe('question');
    expect(decide({ emergency: 0.3, report: 0.45, question: 0.2, smalltalk: 0.05 }, cues())).toBe('emergency');
    expect(decide({ emergency: 0, report: 0, question: 0.1, smalltalk: 0.9 }, cues())).toBe('smalltalk');
  });
});

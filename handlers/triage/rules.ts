// The hand rules of the triage decision, as data: each rule names a condition over a message's cues and what
// it decides. The model (index.ts) only decides what no rule settles; the rules encode the safety bias and the
// distinctions a bag of words misses (a hypothetical, news talk, someone else's past).
import type { TriageLabel } from '../types.js';
import type { Analysis, Cue } from './features.js';

/**
 * A condition over a message: a cue (or `qmark`, the message has a question mark), or all / any / none of
 * sub-conditions. Cue names are typed, so a misspelt cue fails typecheck instead of never firing.
 */
export type Condition =
  | Cue
  | 'qmark'
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly none: readonly Condition[] };

export function holds(cond: Condition, a: Analysis): boolean {
  if (typeof cond === 'string') return cond === 'qmark' ? a.hasQuestionMark : a.cues.has(cond);
  if ('all' in cond) return cond.all.every((c) => holds(c, a));
  if ('any' in cond) return cond.any.some((c) => holds(c, a));
  return !cond.none.some((c) => holds(c, a));
}

/**
 * What a rule decides: a label, or
 * - `calm`: a question, or small talk when the model clearly leans that way;
 * - `chat`: small talk, or a question when the model leans that way;
 * - `escalate`: an emergency or a report, as the escalation rules and the model decide.
 */
export type Outcome = TriageLabel | 'calm' | 'chat' | 'escalate';

export interface Rule {
  readonly name: string;
  /** Why the rule exists: the kind of message it is for. */
  readonly why: string;
  readonly when: Condition;
  readonly outcome: Outcome;
}

/** The question form proper: a question word or a question mark (not a trailing particle). */
const ASKS_OUTRIGHT: Condition = { any: ['question_form', 'qmark'] };

/** Someone the writer knows, or the writer, is involved (a crowd on television is not a neighbour). */
const INVOLVED: Condition = {
  any: [
    'relation',
    { all: ['witness', { any: [{ none: ['generic_many'] }, 'first_person'] }] },
    'implicit_self',
    'self_victim',
    // "Mình đọc tin…" is first person but about the news.
    { all: ['first_person', { none: ['reader'] }] },
  ],
};

/** Talk about news or films, with nobody the writer knows involved and nothing happening now. */
const NEWS: Condition = {
  all: [
    // Hearsay about one specific person nearby is a lead; only the media or crowds make it news.
    { any: ['media', { all: ['hearsay', 'generic_many'] }] },
    { none: [INVOLVED, 'suspect', 'present', 'report_intent'] },
  ],
};

/** No sign of danger now, of violence, of a wish to report, of the exploiters still at it, and the writer is not the victim. */
const CALM: Condition = { none: ['danger_now', 'danger_soft', 'violence', 'report_intent', 'self_victim', 'relapse'] };

/** Danger now, a threat, a missing person or a stated wish to report: what keeps a question-like message escalated. */
const DANGER_OR_REPORT = ['danger_now', 'danger_soft', 'threat', 'report_stated', 'missing'] as const;

/**
 * What keeps a message written for a body (a facility, a commune, a post) a case although it asks the body's procedure:
 * danger, a threat, a disappearance, a stated report, violence (an illness of someone in its care is none), the writer
 * as the victim, the exploiters back at it.
 */
const BODY_WRITER_DANGERS = [
  ...DANGER_OR_REPORT,
  { all: ['violence', { none: ['medical'] }] },
  'self_victim',
  'relapse',
] as const satisfies readonly Condition[];

/** Something that could make a message a report or an emergency; without any, the model needs more certainty. */
export const CONTENT: Condition = {
  any: [
    'harm',
    'danger_now',
    'danger_soft',
    'violence',
    'suspect',
    'report_intent',
    'urgency',
    'returned',
    'missing',
    'self_victim',
    'escaped',
    'threat',
    'relapse',
  ],
};

/** Checked in order; the first rule whose condition holds decides. */
export const RULES = [
  {
    name: 'hypothetical question',
    why: '"Nếu con tôi bị giữ ở nước ngoài thì gọi ai?": a conditional question with nothing happening now.',
    when: { all: ['hypothetical', 'asks', { none: ['present', 'threat', 'self_victim', 'report_intent', 'returned'] }] },
    outcome: 'question',
  },
  {
    name: 'question about the news',
    why: 'Asking about something seen on television or read in the papers is a question, not a report.',
    when: { all: [NEWS, 'asks'] },
    outcome: 'question',
  },
  {
    name: 'news talk',
    why: 'Commenting on news or a film is small talk unless the model reads a question in it.',
    when: NEWS,
    outcome: 'chat',
  },
  {
    name: 'administrative change',
    why: '"Tỉnh tôi giờ còn không hay sáp nhập rồi?": asking whether a province or tier still exists, with no sign of harm, danger or a report, is a question.',
    when: { all: ['admin_change', { none: [CONTENT] }] },
    outcome: 'question',
  },
  {
    name: 'question about a rescue',
    why: '"Biên phòng giải cứu được người bị nhốt thì có lo chỗ ở không?": what an agency does for the people it rescued or received; the harm words describe whom it rescued, nobody the writer knows is named, and no plea, threat or report is told.',
    when: {
      all: [
        'rescue_condition',
        'asks',
        { none: ['personal', 'threat', 'urgency', 'report_stated', 'report_intent', 'missing', 'relapse', 'self_victim'] },
      ],
    },
    outcome: 'calm',
  },
  {
    name: 'danger now',
    why: 'Danger happening now to the writer or someone they name, or a plea for a rescue ("có người bị nhốt trong kho, ai cứu với?"), wins over the model, unless it is a question about news, a procedure, a hypothetical or what an act costs its doer.',
    when: {
      all: [
        'danger_now',
        {
          none: [
            // A survivor telling what happened before they came home: the model decides between report and emergency.
            { all: ['returned', { none: ['danger_soft'] }] },
            // "Nếu có người bị nhốt thì gọi ai?" is a hypothetical question; "nếu báo công an sẽ giết nó" is a threat.
            { all: ['conditional', ASKS_OUTRIGHT, { none: ['personal_danger'] }] },
            // "Nạn nhân đang bị đe dọa thì biên phòng có bảo vệ không" asks about anyone in that case, not about one person.
            { all: ['hypothetical', 'asks', { none: ['personal_danger', 'plea'] }] },
            // "Tôi nghe nói bên đó nhiều người bị giữ, có đúng không?" asks about news, not about the writer.
            { all: ['hearsay', ASKS_OUTRIGHT] },
            { all: ['procedure_question', { none: ['personal_danger'] }] },
            // "Bắt cóc trẻ em để bán thì bị tù mấy năm?" asks what the act costs, with nobody the writer knows in it now.
            {
              all: [
                'legality',
                ASKS_OUTRIGHT,
                { none: ['present', 'now', 'relation', 'witness', 'plea', 'threat', 'urgency', 'self_victim'] },
              ],
            },
          ],
        },
        { any: ['personal_danger', 'plea', { none: ['impersonal_question'] }] },
      ],
    },
    outcome: 'emergency',
  },
  {
    name: "a facility's own procedure",
    why: '"Trung tâm chúng tôi vừa đổi người đứng đầu, phải gửi hồ sơ lên Sở trong mấy ngày?": a support facility asking about its licence, its head or its reports; "gấp" there is a deadline. Danger, a threat, a disappearance or a suspicion it tells still opens a case.',
    when: {
      all: [
        'org_writer',
        'asks',
        {
          none: [...BODY_WRITER_DANGERS, 'escaped', 'suspect'],
        },
      ],
    },
    outcome: 'calm',
  },
  {
    name: "an official's case in hand",
    why: '"Tôi là cán bộ xã, hôm qua có chị bị bán trốn về đến trình báo, xã phải làm những bước gì?": an official asking what their body must do for someone it received or who came back; the harm words tell whom. Danger now, a threat, a disappearance, a plea, urgency, violence, the writer as the victim, the official\'s own relative, someone still over there, a wish to die, hearsay or a suspicion still opens a case.',
    when: {
      all: [
        'official_writer',
        'asks',
        { any: ['received', 'returned', 'escaped'] },
        {
          none: [...BODY_WRITER_DANGERS, 'plea', 'urgency', 'relation', 'kin_of_writer', 'still_away', 'self_harm', 'hearsay', 'suspect'],
        },
      ],
    },
    outcome: 'calm',
  },
  {
    name: "a body's own change",
    why: '"Chỗ tôi làm mới thay giám đốc, hạn báo lên Sở là mấy ngày?": a body that changed its head, its premises or its name asks about its paperwork; "mới", "vừa" date that change, they tell no danger. Harm, danger, a threat, a disappearance or a suspicion it tells still opens a case.',
    when: {
      all: ['org_change', 'asks', { none: [...DANGER_OR_REPORT, 'violence', 'harm', 'self_victim', 'escaped', 'suspect', 'relapse'] }],
    },
    outcome: 'calm',
  },
  {
    name: 'request for documents',
    why: '"Cho mình xin danh sách…", "phân biệt giúp em…": a request for information about the topic, not a plea.',
    when: { all: [CALM, 'info_request', { none: ['affected_other'] }] },
    outcome: 'calm',
  },
  {
    name: 'request about a procedure',
    why: '"Giải thích giúp các bước xử lý khi có người đến trình báo": a request to explain how a procedure works, whose reporting words name the procedure; nobody the writer knows is affected and nothing is happening.',
    when: {
      all: [
        'info_request',
        'procedure',
        {
          none: [...DANGER_OR_REPORT, 'violence', 'self_victim', 'affected_other', 'present', 'suspect'],
        },
      ],
    },
    outcome: 'calm',
  },
  {
    name: 'trip abroad',
    why: 'Planning to go abroad and asking how to stay safe, with nothing bad said to have happened.',
    when: { all: [CALM, 'asks', 'plan', { none: ['harm', 'suspect'] }] },
    outcome: 'calm',
  },
  {
    name: 'returnee',
    why: 'Someone who already came back, asked about calmly; a relative who only just got back still needs a case.',
    when: {
      all: [CALM, 'asks', 'returned', { none: [{ all: ['relation', 'fresh'] }, 'present', 'escaped', 'missing'] }],
    },
    outcome: 'calm',
  },
  {
    name: 'marriage abroad that ended',
    why: '"Con gái tôi lấy chồng Đài Loan, bị chồng bỏ về nước, làm lại giấy tờ ở đâu?": a marriage abroad, left or ended, with no sign of being sold, deceived, brokered, held, cut off or hurt, asked about papers or help.',
    when: {
      all: [
        'married_abroad',
        'asks',
        {
          none: [
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
          ],
        },
      ],
    },
    outcome: 'calm',
  },
  {
    name: 'identified victim',
    why: '"Em gái tôi đã được công an xác định là nạn nhân, giờ học nghề thì nộp hồ sơ trong bao lâu?": the authorities already know the case, so a question about its entitlements, papers or deadlines is answered; danger, a threat, a disappearance, a new suspicion, the exploiters still at it or the victim going back, or a plea for help now still opens a case.',
    when: {
      all: ['identified', 'asks', { none: [...DANGER_OR_REPORT, 'violence', 'escaped', 'suspect', 'urgency', 'relapse'] }],
    },
    outcome: 'calm',
  },
  {
    name: 'past case and benefits',
    why: '"Ở xã tôi có người đã bị lừa sang Lào, họ có được vay vốn không?": a past case and an entitlement question.',
    when: { all: [CALM, 'asks', 'past_done', 'benefit', { none: ['missing', 'relation', 'present'] }] },
    outcome: 'calm',
  },
  {
    name: 'relayed question',
    why: '"Bạn ấy hỏi…", "mẹ tôi hỏi là…": a question asked for someone else, unless harm to a relative is told.',
    when: { all: [CALM, 'asks', 'relayed_question', { none: [{ all: ['relation', 'personal_harm'] }] }] },
    outcome: 'calm',
  },
  {
    name: 'relative in care',
    why: '"Con gái tôi đang ở trung tâm bảo trợ bị ốm, viện phí ai trả?": someone already in care, asked about a cost or a procedure; an illness there is not violence.',
    when: {
      all: [
        'in_care',
        'asks',
        {
          none: [...DANGER_OR_REPORT, 'escaped', { all: ['violence', { none: ['medical'] }] }],
        },
      ],
    },
    outcome: 'calm',
  },
  {
    name: 'question about statistics',
    why: '"Năm nay tỉnh phát hiện mấy vụ rồi?", "tháng này bắt được bao nhiêu đối tượng": how many cases were found or people rescued is a question about figures (answered by saying the documents hold none), unless harm to someone the writer knows, a danger, a threat or a report is told.',
    when: {
      all: [
        'statistics',
        // "Tỉnh mình phát hiện mấy vụ mua bán người": the harm is the cases counted, not done to the writer.
        {
          none: [
            ...DANGER_OR_REPORT,
            'violence',
            'self_victim',
            'implicit_self',
            'relation',
            'witness',
            'present',
            'escaped',
            'report_intent',
          ],
        },
      ],
    },
    outcome: 'question',
  },
  {
    name: 'question about the law',
    why: '"Thỏa thuận bán em bé từ khi còn trong bụng mẹ có bị cấm không?", "tội mua bán người bị tù mấy năm": whether an act is forbidden or what it costs its doer, with nobody harmed, threatened or in danger.',
    when: {
      all: [
        'legality',
        'asks',
        {
          none: [
            ...DANGER_OR_REPORT,
            'violence',
            'self_victim',
            'personal_harm',
            'present',
            'escaped',
            // "Em trai tôi bị người quen đưa đi bán, bọn đó bị tù mấy năm": a relative's case told beside the question.
            { all: ['relation', { any: ['sold', 'fresh', 'past_event'] }] },
          ],
        },
      ],
    },
    outcome: 'calm',
  },
  {
    name: 'safety floor',
    why: 'Someone the writer names is trapped, threatened or hurt, and it is not hearsay, a hypothetical or a procedure question; a threat made now or again and again ("đang theo dõi nhà tui, nói ra làm chứng thì giết", "cứ nhắn tin hăm dọa") is not lessened by asking who may protect them.',
    when: {
      all: [
        'personal',
        { any: ['danger_soft', 'violence', 'threat'] },
        {
          none: [
            'hearsay',
            'hypothetical',
            { all: ['procedure_question', { none: ['affected_other', { all: ['threat', { any: ['present', 'relapse'] }] }] }] },
          ],
        },
      ],
    },
    outcome: 'escalate',
  },
  {
    name: 'self report',
    why: 'The writer says it happened to them: a report at least, even when they ask how to get help.',
    when: { all: ['self_victim', { none: ['hypothetical'] }] },
    outcome: 'escalate',
  },
  {
    name: 'relative harmed',
    why: '"Cho hỏi thủ tục, chị tôi bị lừa bán sang bên kia rồi", "con tôi vừa bị bán sang bên kia, theo luật thì làm sao": harm to a relative told as a fact, done or just now, is a report, even inside a question.',
    when: {
      all: ['relation', 'personal_harm', { any: ['past_event', 'fresh'] }, { none: ['hypothetical', 'hearsay', 'returned'] }],
    },
    outcome: 'escalate',
  },
  {
    name: 'relative escaped',
    why: '"Chồng tôi bị lừa sang bên kia, đã trốn khỏi công ty, giờ đến cơ quan nào để được về?": a relative who got away and is still abroad, or only just back, needs a case even when the message asks the way home.',
    when: {
      all: ['relation', 'escaped', { any: ['fresh', { none: ['returned'] }] }, { none: ['hypothetical', 'hearsay'] }],
    },
    outcome: 'escalate',
  },
  {
    name: 'missing person',
    why: 'A relative or neighbour who left and has gone quiet, told as a fact.',
    when: { all: [{ any: ['relation', 'witness'] }, 'missing', { none: ['hypothetical', 'returned'] }] },
    outcome: 'escalate',
  },
  {
    name: 'stated report',
    why: '"Tôi muốn báo / tố giác …" with something concrete to report (not a question about how reporting works).',
    when: {
      all: ['report_stated', { none: ['asks', 'hypothetical'] }, { any: ['harm', 'suspect', 'danger_now', 'danger_soft', 'violence'] }],
    },
    outcome: 'escalate',
  },
] as const satisfies readonly Rule[];

export type RuleName = (typeof RULES)[number]['name'];

/** Among escalations: checked in order; when none holds, the model's share of emergency decides. */
export const SEVERITY_RULES = [
  {
    name: 'named person in danger',
    why: 'Violence, confinement, a threat or an urgent plea about someone named who is not back home yet (or is back and threatened now). A bare "giúp em … với" is politeness unless something harmful is also said.',
    when: {
      all: [
        'personal',
        {
          any: ['violence', 'danger_soft', 'threat', { all: ['urgency', { any: ['harm', 'danger_now'] }, { none: ['info_request'] }] }],
        },
        // Violence told by someone back home is in the past; a threat made now is not.
        { none: [{ all: ['returned', { none: ['threat'] }] }] },
      ],
    },
    outcome: 'emergency',
  },
] as const satisfies readonly Rule[];

export function firstRule<R extends Rule>(rules: readonly R[], a: Analysis): R | undefined {
  return rules.find((r) => holds(r.when, a));
}

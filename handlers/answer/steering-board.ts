// "Ban nào chỉ đạo kế hoạch này", "đề án do ban chỉ đạo nào chỉ đạo", "cơ quan nào lãnh đạo việc thực hiện": a plan names
// the steering board over it in a line of its own ("Tăng cường sự chỉ đạo của Ban Chỉ đạo Phòng, chống tội phạm (Ban
// Chỉ đạo 138) …"). Left to the ranker, the plan's title and closing sentence, which share the question's words about
// the plan, lead instead.
import type { Corpus, DocMeta } from '../../knowledge/types.js';
import { foldedWords } from '../../knowledge/text.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import type { Unit } from '../../retrieval/units.js';

// Who directs or leads, asked: "ban nào chỉ đạo", "ban chỉ đạo nào", "ai lãnh đạo", "do cơ quan nào điều hành".
const WHO = '(ai|ban nao|ban chi dao nao|co quan nao|don vi nao|cap nao|uy ban nao|hoi dong nao)';
const DIRECTS = '(chi dao|lanh dao|dieu hanh|chi huy|dieu phoi)';
const ASKS_DIRECTOR = new RegExp(
  ` ${WHO}( (se|thi|la|dung ra|duoc giao|co trach nhiem))? ${DIRECTS} | ${DIRECTS} (boi |la )?${WHO} | ban chi dao (nao|gi|la ban nao) `,
);
// A steering board as the plans name it, directing: "sự chỉ đạo của Ban Chỉ đạo …", "Ban Chỉ đạo … chỉ đạo …". A line
// sending it reports ("Báo cáo kết quả … gửi cho Ban Chỉ đạo") names the board but says nothing of who directs.
const BOARD_DIRECTS = /chỉ đạo của Ban [Cc]hỉ đạo|Ban [Cc]hỉ đạo[^.;]{0,120}?\s(chỉ đạo|lãnh đạo|điều hành)\s/u;

// What is directed: the plan or a board asked for by name ("ban nào"); "ai chỉ đạo Trung tâm … tiếp nhận" asks who
// directs a body in one task, which the plan's points say, and "ai chỉ huy khi triển khai giải cứu" who commands an
// operation.
const OF_PLAN = / (ke hoach|kh|de an|chuong trinh|ban (chi dao )?nao) /;

/** Whether the question (folded words, a space each side) asks which board or body directs the plan. */
export function asksDirector(q: string): boolean {
  return ASKS_DIRECTOR.test(q) && OF_PLAN.test(q);
}

interface BoardLine {
  from: number;
  line: string;
}

const linesByCorpus = new WeakMap<Corpus, Map<string, BoardLine[]>>();

/** Each plan's lines naming the steering board that directs it, in the plan's order. */
function boardLines(corpus: Corpus): Map<string, BoardLine[]> {
  let byDoc = linesByCorpus.get(corpus);
  if (byDoc) return byDoc;
  byDoc = new Map();
  const plans = new Set(corpus.docs.filter((d) => d.kind === 'plan').map((d) => d.id));
  for (const [from, s] of corpus.sections.entries()) {
    if (!plans.has(s.docId) || !BOARD_DIRECTS.test(s.text)) continue;
    const lines = s.text.split('\n').filter((l) => BOARD_DIRECTS.test(l));
    byDoc.set(s.docId, [...(byDoc.get(s.docId) ?? []), ...lines.map((line) => ({ from, line: line.trim() }))]);
  }
  linesByCorpus.set(corpus, byDoc);
  return byDoc;
}

/**
 * The line of the plan asked about naming its steering board, as a hit cited by its section: the plan of the user's
 * province, else the best-ranked plan; undefined when the question does not ask who directs or that plan names none.
 */
export function steeringBoardHit(
  index: KnowledgeIndex,
  question: string,
  usable: SearchHit[],
  province: string | null,
  confidence: number,
): SearchHit | undefined {
  if (!asksDirector(foldedWords(question))) return undefined;
  const corpus = index.corpus;
  const ofProvince = (d: DocMeta) => d.kind === 'plan' && (province === null || d.province === province);
  const plan = usable.find((h) => ofProvince(h.doc))?.doc ?? (province === null ? undefined : corpus.docs.find(ofProvince));
  const first = plan ? boardLines(corpus).get(plan.id)?.[0] : undefined;
  if (!plan || !first) return undefined;
  const s = corpus.sections[first.from];
  const chunk: Unit = {
    id: `${s.id}~board`,
    docId: s.docId,
    sectionId: s.id,
    path: s.path,
    text: first.line,
    passage: first.line,
    start: first.from,
    count: 1,
  };
  return { chunk, doc: plan, score: confidence, confidence, otherProvince: false };
}

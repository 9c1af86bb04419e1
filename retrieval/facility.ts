// The kinds of facility a question may ask for by kind ("được đưa vô trung tâm nào", "vay ở ngân hàng nào"); a passage
// names one by the kind's capitalised word and a capitalised name after it ("Trung tâm Bảo trợ …").
import { foldedWords } from '../knowledge/text.js';

const FACILITY_KINDS = ['Trung tâm', 'Cơ sở', 'Bệnh viện', 'Ngân hàng', 'Nhà tạm lánh', 'Trường'];
const FACILITY_ASKED = new RegExp(` (${FACILITY_KINDS.map((k) => foldedWords(k).trim()).join('|')}) (nao|gi) `);
const FACILITY_NAMES = new Map(FACILITY_KINDS.map((k) => [foldedWords(k).trim(), new RegExp(`${k} \\p{Lu}`, 'u')]));

/** The pattern of a named facility of the kind the question asks for ("trung tâm nào"), or undefined. */
export function askedFacilityNames(question: string): RegExp | undefined {
  const kind = FACILITY_ASKED.exec(foldedWords(question))?.[1];
  return kind ? FACILITY_NAMES.get(kind) : undefined;
}

// `/lienhe [tỉnh]`: the contacts directory for the user's province (or the one named), for citizens and officers.
import { contactDirectoryAnswer, provinceInText, type ContactSources } from '../contacts-answer.js';
import { slugify } from '../../knowledge/text.js';
import type { AnswerResult } from '../types.js';

export function contactsCommand(args: string, province: string | null | undefined, sources: ContactSources): AnswerResult {
  const named = args.trim();
  if (named) {
    const dir = sources.directory;
    const p = dir?.provinces[slugify(named)] ? slugify(named) : provinceInText(named, dir);
    if (p) return contactDirectoryAnswer(p, sources);
    const known = dir
      ? Object.values(dir.provinces)
          .map((x) => x.name)
          .join(', ')
      : '';
    const r = contactDirectoryAnswer(null, sources);
    return { ...r, text: `Mình chưa có danh bạ của "${named}"${known ? ` (hiện có: ${known})` : ''}.\n\n${r.text}` };
  }
  return contactDirectoryAnswer(province ?? null, sources);
}

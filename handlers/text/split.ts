// Splits long text into parts that fit a platform's message limit (Telegram 4096, Zalo 2000).
// Lengths are counted in UTF-16 code units (String#length), which is what both platforms' limits
// tolerate. Cuts prefer paragraph breaks, then line breaks, then sentence ends, then spaces, and
// only then a hard cut on a grapheme boundary. Whitespace at a cut point is dropped; nothing else is.

/** A cut candidate: `end` is where the part ends, `next` where the following part starts. */
interface Cut {
  end: number;
  next: number;
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

// Each pattern finds separators; `end` = start of the separator (or after the punctuation for sentences).
const PARAGRAPH = /[ \t]*\r?\n[ \t]*\r?\n\s*/g;
const LINE = /[ \t]*\r?\n\s*/g;
// Sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace.
const SENTENCE = /[.!?…]+["'”’)\]»]*(\s+)/g;
const SPACE = /\s+/g;

function cutsOf(re: RegExp, window: string, sentence: boolean): Cut[] {
  const cuts: Cut[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const end = sentence ? m.index + m[0].length - (m[1]?.length ?? 0) : m.index;
    cuts.push({ end, next: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return cuts;
}

/** The best natural cut in `s` (which starts with a non-space), or undefined if only a hard cut fits. */
function naturalCut(s: string, limit: number): Cut | undefined {
  // A separator starting at index <= limit gives a part of at most `limit` units.
  const window = s.slice(0, limit + 1);
  const levels: Array<[RegExp, boolean]> = [
    [PARAGRAPH, false],
    [LINE, false],
    [SENTENCE, true],
    [SPACE, false],
  ];
  // First pass insists on filling at least half the limit so a stray early break does not produce
  // a tiny part; the second pass takes any natural break before resorting to a hard cut.
  for (const minFill of [Math.floor(limit / 2), 1]) {
    for (const [re, sentence] of levels) {
      const fit = cutsOf(re, window, sentence).filter((c) => c.end >= minFill && c.end <= limit);
      if (fit.length > 0) return fit[fit.length - 1];
    }
  }
  return undefined;
}

/** Largest grapheme (or, failing that, code point) boundary in (0, limit]. */
function hardCut(s: string, limit: number): number {
  let best = 0;
  // Segment a little past the limit so the boundary at `limit` itself is judged with context.
  for (const { index } of graphemes.segment(s.slice(0, limit + 32))) {
    if (index > limit) break;
    best = index;
  }
  if (best > 0) return best;
  // One grapheme longer than the limit (long combining sequence): cut between code points.
  const code = s.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits `text` into parts of at most `limit` UTF-16 code units, in order, dropping only the
 * whitespace at cut points and around the whole text. Empty or blank text gives [].
 */
export function splitText(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 2) {
    throw new RangeError('splitText: limit must be an integer >= 2');
  }
  const parts: string[] = [];
  let s = text.trim();
  while (s.length > limit) {
    const cut = naturalCut(s, limit);
    if (cut) {
      parts.push(s.slice(0, cut.end).trimEnd());
      s = s.slice(cut.next).trimStart();
    } else {
      const end = hardCut(s, limit);
      parts.push(s.slice(0, end).trimEnd());
      s = s.slice(end).trimStart();
    }
  }
  if (s.length > 0) parts.push(s);
  return parts;
}

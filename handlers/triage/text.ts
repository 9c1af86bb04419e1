// Chat text as triage features see it: strip invisible/control chars and NFC → lowercase → fold diacritics (đ→d)
// → syllable tokens → expand chat abbreviations.
import { foldDiacritics, ownEntry, stripInvisible } from '../../knowledge/text.js';

// Teen-code and common chat abbreviations, keyed by the folded lowercase token.
const ABBREVIATIONS: Record<string, string> = {
  ko: 'khong',
  k: 'khong',
  kh: 'khong',
  kg: 'khong',
  khg: 'khong',
  hok: 'khong',
  hong: 'khong',
  hem: 'khong',
  hk: 'khong',
  kô: 'khong',
  dc: 'duoc',
  dk: 'duoc',
  duoc: 'duoc',
  dx: 'duoc',
  ng: 'nguoi',
  ngta: 'nguoi ta',
  mn: 'moi nguoi',
  mng: 'moi nguoi',
  ae: 'anh em',
  mk: 'minh',
  mik: 'minh',
  mh: 'minh',
  mjk: 'minh',
  t: 'toi',
  tui: 'toi',
  tao: 'toi',
  e: 'em',
  a: 'anh',
  c: 'chi',
  cj: 'chi',
  b: 'ban',
  bn: 'ban',
  bro: 'ban',
  ck: 'chong',
  vk: 'vo',
  ny: 'nguoi yeu',
  bme: 'bo me',
  bm: 'bo me',
  ba: 'ba',
  cty: 'cong ty',
  ct: 'cong ty',
  j: 'gi',
  ji: 'gi',
  gj: 'gi',
  bh: 'bao gio',
  ntn: 'nhu the nao',
  sao: 'sao',
  vs: 'voi',
  vz: 'vay',
  z: 'vay',
  zay: 'vay',
  r: 'roi',
  rui: 'roi',
  trc: 'truoc',
  ms: 'moi',
  lun: 'luon',
  lm: 'lam',
  bik: 'biet',
  bit: 'biet',
  bt: 'biet',
  wa: 'qua',
  qa: 'qua',
  nhiu: 'nhieu',
  thui: 'thoi',
  hum: 'hom',
  dt: 'dien thoai',
  dthoai: 'dien thoai',
  sdt: 'so dien thoai',
  nt: 'nhan tin',
  ib: 'nhan tin',
  inbox: 'nhan tin',
  tq: 'trung quoc',
  tquoc: 'trung quoc',
  cpc: 'campuchia',
  cam: 'campuchia',
  kpc: 'campuchia',
  campuchia: 'campuchia',
  hcm: 'ho chi minh',
  sg: 'sai gon',
  hn: 'ha noi',
  tp: 'thanh pho',
  ubnd: 'uy ban nhan dan',
  ldtbxh: 'lao dong thuong binh xa hoi',
  bdbp: 'bo doi bien phong',
  pcmbn: 'phong chong mua ban nguoi',
  mbn: 'mua ban nguoi',
  ctxh: 'cong tac xa hoi',
  ca: 'ca',
  ok: 'ok',
  oke: 'ok',
  oki: 'ok',
  okie: 'ok',
  okela: 'ok',
  uk: 'u',
  uh: 'u',
  um: 'u',
  ukm: 'u',
  ak: 'a',
  ah: 'a',
  hix: 'huhu',
  huhu: 'huhu',
  hic: 'huhu',
  kk: 'haha',
  kkk: 'haha',
  hihi: 'haha',
  hehe: 'haha',
  haha: 'haha',
  lol: 'haha',
  tks: 'cam on',
  thanks: 'cam on',
  thank: 'cam on',
  thx: 'cam on',
  camon: 'cam on',
  hello: 'xin chao',
  hi: 'xin chao',
  helo: 'xin chao',
  alo: 'alo',
  alô: 'alo',
  dg: 'dang',
  dag: 'dang',
  dangg: 'dang',
  ns: 'noi',
  ik: 'di',
  trog: 'trong',
  lem: 'lam',
  bjo: 'bao gio',
  bgio: 'bao gio',
  jo: 'gio',
  h: 'gio',
  cuuu: 'cuu',
  cuuuu: 'cuu',
  gap: 'gap',
  gapp: 'gap',
};

/** Cleans invisible and control characters, applies NFC and collapses whitespace. Never throws. */
export function clean(input: unknown): string {
  if (typeof input !== 'string') return '';
  let s = input;
  if (s.length > 20_000) s = s.slice(0, 20_000); // bounded work for huge messages; the start of a message carries the meaning
  return stripInvisible(s)
    .replace(/\u{1F198}/gu, ' sos ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Token → expansion cache: the chat vocabulary is small, and NFD folding per token is the slow part.
const tokenCache = new Map<string, string[]>();

/**
 * Accented words whose folded form is another word: "có người tới báo" must not read as "có người tôi báo", nor
 * "tội mua bán người" (the crime) as "tôi mua bán người", and "tù" (prison) is not "từ" (from). Typed without
 * diacritics they stay ambiguous and fold as usual.
 */
const ACCENTED_READINGS: Record<string, string> = { tới: 'den', tội: 'toidanh', tù: 'phattu' };

function expandToken(tok: string): string[] {
  const hit = tokenCache.get(tok);
  if (hit) return hit;
  const reading = ownEntry(ACCENTED_READINGS, tok);
  if (reading) return [reading];
  // Collapse stretched letters in chat ("cuuuu", "gapppp") to at most two.
  const folded = foldDiacritics(tok);
  const f = folded.replace(/[^a-z0-9]/g, '').replace(/([a-z])\1{2,}/g, '$1$1');
  let parts: string[] = [];
  if (f) {
    // Only undecorated tokens can be chat abbreviations: "a" may be "anh", but "ạ"/"à" are particles.
    const plain = folded === tok.replace(/đ/g, 'd');
    const exp = (plain ? ownEntry(ABBREVIATIONS, f) : undefined) ?? (/^\d+$/.test(f) && f.length > 4 ? '<num>' : f);
    parts = exp.split(' ');
  }
  if (tokenCache.size < 50_000) tokenCache.set(tok, parts);
  return parts;
}

/** Folded, abbreviation-expanded syllable tokens. */
// Typed without marks, a last "a" after a question word is the polite particle "ạ" ("cần làm gì a"), not "anh".
const ASKS_BEFORE_PARTICLE = new Set(['gi', 'nao', 'sao', 'khong', 'ko', 'chua', 'dau', 'ai', 'vay', 'duoc', 'bao', 'nhieu', 'lau']);

// "tối đa", "tối thiểu" (at most, at least) fold to "tôi đã": read as one token, a limit, not the writer. With marks
// "tối" is never "tôi"; typed without them, only before a question of amount ("toi da bao nhieu", "toi thieu may ngay").
export const LIMIT_WORD = 'gioihan';
const LIMIT_SECOND = new Set(['đa', 'thiểu']);
const LIMIT_SECOND_FOLDED = new Set(['da', 'thieu']);
// "bao" asks an amount only as "bao nhiêu" / "bao lâu": "toi da bao cong an" is "tôi đã báo công an".
const AMOUNT_ASKED_AFTER = new Set(['may', 'mấy', 'bn']);
const AFTER_BAO = new Set(['nhieu', 'lau']);

/** Whether the tokens at i ("tối đa", "toi da bao nhieu") say a limit. */
function saysLimit(toks: string[], i: number): boolean {
  const next = toks[i + 1] ?? '';
  if (toks[i] === 'tối') return LIMIT_SECOND.has(next);
  if (toks[i] !== 'toi' || !LIMIT_SECOND_FOLDED.has(next)) return false;
  const asked = toks[i + 2] ?? '';
  return AMOUNT_ASKED_AFTER.has(asked) || (asked === 'bao' && AFTER_BAO.has(toks[i + 3] ?? ''));
}

export function tokenize(input: string): string[] {
  const lower = clean(input).toLowerCase();
  const out: string[] = [];
  const toks = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok === 'a' && i === toks.length - 1 && ASKS_BEFORE_PARTICLE.has(out.at(-1) ?? '')) out.push('a');
    else if (tok === 'bn' && asksHowMuch(out.at(-1), toks[i + 1])) out.push('bao', 'nhieu');
    else if (saysLimit(toks, i)) {
      out.push(LIMIT_WORD, foldDiacritics(toks[i + 1]));
      i++;
    } else for (const part of expandToken(tok.length > 40 ? tok.slice(0, 40) : tok)) out.push(part);
  }
  return out;
}

// "bn" is "bạn" (you) in most chat, but "bao nhiêu" before a unit or a number ("bn tiền", "bn/ngày", "bn 1 lần") or
// ending a message after a word of amounts ("được bn", "tối đa bn", "là bn"). "đc bn giới thiệu" stays "bạn".
const HOW_MUCH_UNIT = /^(?:\d+|tien|dong|ngay|thang|nam|tuan|lan|nguoi|trieu|tr|nghin|ngan|k|phan|tuoi|gio|buoi|bua|suat)$/;
const AMOUNT_BEFORE = new Set(['duoc', 'dc', 'da', 'thieu', 'la', 'het', 'mat', 'chi', 'tra', 'nhan', 'muc', 'tien', 'phi']);

function asksHowMuch(before: string | undefined, next: string | undefined): boolean {
  const nextFolded = next === undefined ? undefined : foldDiacritics(next);
  if (nextFolded !== undefined && HOW_MUCH_UNIT.test(nextFolded)) return true;
  return next === undefined && before !== undefined && AMOUNT_BEFORE.has(before);
}

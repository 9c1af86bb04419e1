// Follow-up questions ("còn ở Sóc Trăng thì sao?") only make sense with the previous turn; retrieval
// needs a standalone query. With an LLM the rewrite is generated; otherwise (or on any failure) a
// rule combines the follow-up's new entity with the previous question's content.
import type OpenAI from 'openai';
import { foldDiacritics } from '../../knowledge/text.js';
import { normalizeText } from '../../retrieval/text.js';
import type { Breaker } from '../../retrieval/breaker.js';
import { complete } from './llm.js';
import { PROVINCE_NAMES } from '../text/provinces.js';
import { formatRewriteMessages } from './prompts.js';

const fold = (s: string) => foldDiacritics(s).toLowerCase();
const words = (s: string) => normalizeText(s).split(/\s+/).filter(Boolean);
const bare = (w: string) => fold(w).replace(/[^\p{L}\p{N}]/gu, '');

interface ProvinceRef {
  name: string;
  slug: string;
  /** Word positions [start, end) in the text it was found in. */
  start: number;
  end: number;
}

const PROVINCE_KEYS = PROVINCE_NAMES.map((name) => ({ name, keys: fold(name).split(' '), slug: fold(name).replace(/ /g, '-') }));

/** The first province named in `text` (diacritics optional), with its word span. */
export function findProvince(text: string): ProvinceRef | undefined {
  const ws = words(text).map(bare);
  for (let i = 0; i < ws.length; i++) {
    for (const p of PROVINCE_KEYS) {
      if (p.keys.every((k, j) => ws[i + j] === k)) return { name: p.name, slug: p.slug, start: i, end: i + p.keys.length };
    }
  }
  return undefined;
}

// Folded word sequences that mark an elliptic follow-up.
const LEADING = ['the con', 'vay con', 'nhung con', 'con neu', 'vay thi', 'the thi', 'con', 'vay', 'the'];
const TRAILING = ['thi the nao', 'thi sao', 'the nao', 'ra sao', 'nua', 'thi'];
const FILLER = new Set([
  'o',
  'tai',
  'tinh',
  'thanh',
  'pho',
  'do',
  'ay',
  'nay',
  'kia',
  'cai',
  'viec',
  'van',
  'de',
  'la',
  'a',
  'ha',
  'nhi',
  'vay',
]);
const PRONOUNS = new Set(['do', 'ay', 'nay', 'ho', 'no']);

function stripMarkers(ws: string[]): string[] {
  let out = [...ws];
  const f = () => out.map(bare);
  for (const m of LEADING) {
    const k = m.split(' ');
    if (k.every((x, j) => f()[j] === x)) {
      out = out.slice(k.length);
      break;
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of TRAILING) {
      const k = m.split(' ');
      const fw = f();
      if (fw.length >= k.length && k.every((x, j) => fw[fw.length - k.length + j] === x)) {
        out = out.slice(0, out.length - k.length);
        changed = true;
      }
    }
  }
  return out;
}

/** True when `question` reads as an elliptic follow-up that needs the previous turn. */
export function isFollowUp(question: string): boolean {
  const ws = words(question).map(bare).filter(Boolean);
  if (ws.length === 0) return false;
  const joined = ws.join(' ');
  const leading = LEADING.some((m) => joined === m || joined.startsWith(`${m} `));
  // "thì sao" is elliptic by itself; "thế nào"/"ra sao" also end ordinary questions, so only when short.
  const trailing = /(^| )thi sao$/.test(joined) || (ws.length <= 5 && /(^| )(the nao|ra sao)$/.test(joined));
  if ((leading || trailing) && ws.length <= 12) return true;
  // Pronoun-only references ("cơ quan đó làm gì?") in a short message.
  if (ws.length <= 7 && ws.some((w) => PRONOUNS.has(w)) && !findProvince(question)) return true;
  return false;
}

export interface Rewritten {
  /** Standalone query for retrieval. */
  query: string;
  /** Province slug named in the follow-up (or the question), when any: it should scope the search. */
  province?: string;
}

/** Rule-based rewrite: needs no network. `history` holds previous user questions, oldest first. */
export function rewriteRule(question: string, history: string[] = []): Rewritten {
  const q = normalizeText(question);
  const named = findProvince(q);
  const prev = [...history].reverse().find((h) => normalizeText(h).length > 0);
  if (!prev || !isFollowUp(q)) return { query: q, ...(named ? { province: named.slug } : {}) };

  const core = stripMarkers(words(q.replace(/[?？!.]+\s*$/, '')));
  let prevWords = words(normalizeText(prev).replace(/[?？!.]+\s*$/, ''));
  const coreProvince = findProvince(core.join(' '));
  let extra = core;
  if (coreProvince) {
    extra = [...core.slice(0, coreProvince.start), ...core.slice(coreProvince.end)];
    const old = findProvince(prevWords.join(' '));
    prevWords = old
      ? [...prevWords.slice(0, old.start), ...coreProvince.name.split(' '), ...prevWords.slice(old.end)]
      : [...prevWords, 'ở', ...coreProvince.name.split(' ')];
  }
  const rest = extra.filter((w) => !FILLER.has(bare(w)) && bare(w));
  const query = [...prevWords, ...rest].join(' ');
  const province = coreProvince?.slug ?? findProvince(prev)?.slug;
  return { query, ...(province ? { province } : {}) };
}

export interface RewriteLlm {
  client: OpenAI;
  model: string;
  timeoutMs: number;
  breaker?: Breaker;
}

/**
 * Standalone query for `question` given the previous questions. The LLM is asked only for
 * follow-ups (a standalone question is used as is), and its output is checked; otherwise the rule.
 */
export async function rewriteQuestion(question: string, history: string[] = [], llm?: RewriteLlm): Promise<Rewritten> {
  const rule = rewriteRule(question, history);
  if (!llm || history.length === 0 || !isFollowUp(question)) return rule;
  try {
    const messages = formatRewriteMessages(history.slice(-3), question);
    const out = await complete({
      client: llm.client,
      model: llm.model,
      messages,
      timeoutMs: llm.timeoutMs,
      breaker: llm.breaker,
      maxTokens: 120,
      temperature: 0,
      retry: { attempts: 1 },
    });
    const line = normalizeText(out.split('\n').find((l) => l.trim()) ?? '').replace(/^["'“”«»\s]+|["'“”«»\s]+$/g, '');
    if (!line || line.length > 300) return rule;
    const province = findProvince(line)?.slug ?? rule.province;
    return { query: line, ...(province ? { province } : {}) };
  } catch {
    return rule;
  }
}

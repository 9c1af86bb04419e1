// Button payloads: every button the handlers produce is encoded here and every callback is decoded here.
// The wire form stays short (Telegram allows 64 bytes) and readable: `claim:12`, `province:quang-nam`, `full:1a.2`.

export type Payload =
  | { kind: 'claim'; caseId: number }
  /** "Xem toàn văn": position of the section in the corpus and, optionally, the heading depth to show. */
  | { kind: 'full'; section: number; depth?: number }
  /** Province choice; without a slug the province list is shown. */
  | { kind: 'province'; slug?: string }
  | { kind: 'officer' }
  | { kind: 'erase' }
  | { kind: 'consent' };

export function encodePayload(p: Payload): string {
  switch (p.kind) {
    case 'claim':
      return `claim:${p.caseId}`;
    case 'full':
      return `full:${p.section.toString(36)}${p.depth === undefined ? '' : `.${p.depth.toString(36)}`}`;
    case 'province':
      return p.slug ? `province:${p.slug}` : 'province';
    default:
      return p.kind;
  }
}

const CLAIM = /^claim:(\d{1,9})$/;
const FULL = /^full:([0-9a-z]{1,8})(?:\.([0-9a-z]{1,2}))?$/;
const PROVINCE = /^province(?::(.*))?$/s;

/** The payload a button carried, or undefined for anything this bot did not produce (old, forged or cut data). */
export function decodePayload(data: string | undefined): Payload | undefined {
  const s = typeof data === 'string' ? data : '';
  if (s === 'officer' || s === 'erase' || s === 'consent') return { kind: s };
  const claim = CLAIM.exec(s);
  if (claim) return { kind: 'claim', caseId: Number(claim[1]) };
  const full = FULL.exec(s);
  if (full) return { kind: 'full', section: parseInt(full[1], 36), ...(full[2] === undefined ? {} : { depth: parseInt(full[2], 36) }) };
  const province = PROVINCE.exec(s);
  if (province) return province[1] ? { kind: 'province', slug: province[1] } : { kind: 'province' };
  return undefined;
}

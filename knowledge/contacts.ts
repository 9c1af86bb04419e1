// Hotlines given to people in danger, and the contacts directory (contacts.yaml of a knowledge folder) with
// the agencies of each province. National lines are fixed; province lines come only from the documents.
// The directory is a value the caller loads and passes in, so it always comes from the same folder as the corpus.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { z } from 'zod';

export interface Hotline {
  name: string;
  phone: string;
  note?: string;
}

export const NATIONAL_HOTLINES: Hotline[] = [
  { name: 'Công an (khẩn cấp)', phone: '113' },
  {
    name: 'Tổng đài quốc gia bảo vệ trẻ em',
    phone: '111',
    note: 'tiếp nhận cả tin báo về mua bán người',
  },
];

/** Province lines stated in the bundled plans (never invented); used when no directory lists the province. */
const PROVINCE_HOTLINES: Record<string, Hotline[]> = {
  'quang-nam': [{ name: 'Tổng đài điện thoại của tỉnh Quảng Nam', phone: '1800 1581' }],
};

/** National lines, then the province's lines from the directory (or the fixed ones when there is no directory). */
export function hotlinesFor(directory: ContactsDirectory | null, province: string | null | undefined): Hotline[] {
  if (!province) return [...NATIONAL_HOTLINES];
  const entry = directory?.provinces[province];
  const fromDirectory = entry?.contacts.filter((c) => c.phone).map((c): Hotline => ({ name: c.agency, phone: c.phone! }));
  return [...NATIONAL_HOTLINES, ...(fromDirectory ?? PROVINCE_HOTLINES[province] ?? [])];
}

/** Phone numbers the directory says answer around the clock (its national lines marked 24/7); none when it says none. */
export function roundTheClockPhones(directory: ContactsDirectory | null): string[] {
  return directory?.national.filter((n) => n.hours === '24/7').map((n) => n.phone) ?? [];
}

/** One line per hotline, for chat replies: `• 113: Công an (khẩn cấp)`. */
export function formatHotlines(lines: Hotline[]): string {
  return lines.map((h) => `• ${h.phone}: ${h.name}${h.note ? ` (${h.note})` : ''}`).join('\n');
}

// ---- Contacts directory (knowledge/contacts.yaml) ----

const phone = z.string().regex(/^[0-9][0-9 .]{1,18}[0-9]$/, 'số điện thoại chỉ gồm chữ số, dấu cách hoặc dấu chấm');

const contactSchema = z
  .object({
    agency: z.string().min(1),
    role: z.string().min(1),
    phone: phone.optional(),
    address: z.string().min(1).optional(),
    hours: z.string().min(1).optional(),
    /** Document id the entry comes from; defaults to the province's source. */
    source: z.string().min(1).optional(),
    /** Section path in that document, for checking. */
    section: z.string().min(1).optional(),
  })
  .strict();

const nationalSchema = z
  .object({
    name: z.string().min(1),
    phone,
    role: z.string().min(1),
    hours: z.string().min(1).optional(),
    free: z.boolean().optional(),
    source: z.string().min(1).optional(),
    section: z.string().min(1).optional(),
  })
  .strict();

export const contactsSchema = z
  .object({
    national: z.array(nationalSchema).min(1),
    provinces: z.record(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã tỉnh viết thường, không dấu, nối bằng gạch ngang'),
      z
        .object({
          name: z.string().min(1),
          source: z.string().min(1),
          contacts: z.array(contactSchema).min(1),
        })
        .strict(),
    ),
  })
  .strict();

export type ContactsDirectory = z.infer<typeof contactsSchema>;
export type ProvinceContact = z.infer<typeof contactSchema>;

export const CONTACTS_FILE: string = fileURLToPath(new URL('./contacts.yaml', import.meta.url));

/** Reads and validates a contacts file; throws with the offending field when it is invalid. */
export function loadContacts(file: string = CONTACTS_FILE): ContactsDirectory {
  const parsed = contactsSchema.safeParse(YAML.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The contacts of a knowledge folder: its own `contacts.yaml`, else the bundled file. An invalid file
 * throws, so the caller can keep the directory it has (a typo never takes a province's numbers away).
 */
export function loadContactsOf(dir: string): ContactsDirectory {
  const own = join(dir, 'contacts.yaml');
  return loadContacts(existsSync(own) ? own : CONTACTS_FILE);
}

/** Agencies of a province as stated in its plan (empty for unknown provinces). */
export function provinceContacts(directory: ContactsDirectory | null, province: string | null | undefined): ProvinceContact[] {
  if (!province) return [];
  const entry = directory?.provinces[province];
  return entry ? entry.contacts.map((c) => ({ ...c, source: c.source ?? entry.source })) : [];
}

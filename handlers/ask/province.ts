// A province given by name or slug (`--province`, `/tinh`): the slug, or a Vietnamese message listing the known ones.
// Today's name of a merged province (`Đà Nẵng`) gives the former province's slug (`quang-nam`).
import { slugify } from '../../knowledge/text.js';
import { NO_UPDATES, type Updates } from '../../knowledge/updates.js';
import { PROVINCES } from '../replies/vi.js';
import { resolveProvince } from '../updates/names.js';

/** The slug of a province with bundled plans named by `arg` (old name, today's name or slug), else undefined. */
export function knownProvinceSlug(arg: string, updates: Updates): string | undefined {
  const slug =
    resolveProvince(
      arg,
      updates,
      PROVINCES.map((p) => p.slug),
    ) ?? slugify(arg);
  return PROVINCES.find((p) => p.slug === slug)?.slug;
}

export function parseProvince(arg: string | undefined, updates: Updates = NO_UPDATES): { province: string | null } | { error: string } {
  if (arg === undefined || !arg.trim()) return { province: null };
  const known = knownProvinceSlug(arg, updates);
  if (known) return { province: known };
  const list = PROVINCES.map((p) => `${p.slug} (${p.name})`).join(', ');
  return { error: `Không có dữ liệu của tỉnh "${arg.trim()}". Các tỉnh hiện có: ${list}.` };
}

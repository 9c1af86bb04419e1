// A province given by name or slug (`--province`, `/tinh`): the slug, or a Vietnamese message listing the known ones.
import { slugify } from '../../knowledge/text.js';
import { PROVINCES } from '../replies/vi.js';

export function parseProvince(arg: string | undefined): { province: string | null } | { error: string } {
  if (arg === undefined || !arg.trim()) return { province: null };
  const known = PROVINCES.find((p) => p.slug === slugify(arg));
  if (known) return { province: known.slug };
  const list = PROVINCES.map((p) => `${p.slug} (${p.name})`).join(', ');
  return { error: `Không có dữ liệu của tỉnh "${arg.trim()}". Các tỉnh hiện có: ${list}.` };
}

// A province given by name or slug (`--province`, `/tinh`): the slug, or a Vietnamese message listing the known ones.
import { PROVINCES } from '../replies/vi.js';

function slugOf(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim().replace(/[\s_]+/g, '-');
}

export function parseProvince(arg: string | undefined): { province: string | null } | { error: string } {
  if (arg === undefined || !arg.trim()) return { province: null };
  const known = PROVINCES.find((p) => p.slug === slugOf(arg));
  if (known) return { province: known.slug };
  const list = PROVINCES.map((p) => `${p.slug} (${p.name})`).join(', ');
  return { error: `Không có dữ liệu của tỉnh "${arg.trim()}". Các tỉnh hiện có: ${list}.` };
}

// Working hours are local Vietnam time (UTC+7, no daylight saving).
import { hoursOf, type WorkingHours } from './deps.js';

const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
const WEEKDAY_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];

function local(now: number) {
  const d = new Date(now + OFFSET_MS);
  return { hour: d.getUTCHours(), iso: d.getUTCDay() === 0 ? 7 : d.getUTCDay(), midnight: now - ((now + OFFSET_MS) % DAY_MS) };
}

export function isWorkingTime(w: WorkingHours | undefined, now: number): boolean {
  if (!w) return true;
  const h = hoursOf(w);
  const l = local(now);
  return h.days.includes(l.iso) && l.hour >= h.start && l.hour < h.end;
}

/** Honest Vietnamese description of when officers are next at work, or undefined when they are now. */
export function nextOpening(w: WorkingHours | undefined, now: number): string | undefined {
  if (!w || isWorkingTime(w, now)) return undefined;
  const h = hoursOf(w);
  const l = local(now);
  for (let d = 0; d <= 7; d++) {
    const start = l.midnight + d * DAY_MS + h.start * 3600_000;
    const iso = ((l.iso - 1 + d) % 7) + 1;
    if (start <= now || !h.days.includes(iso)) continue;
    const day = d === 0 ? 'hôm nay' : d === 1 ? 'ngày mai' : WEEKDAY_VI[iso];
    return `từ ${h.start} giờ ${day} (${WEEKDAY_VI[iso]}), trong giờ làm việc ${h.start}–${h.end} giờ`;
  }
  return 'trong giờ làm việc tiếp theo';
}

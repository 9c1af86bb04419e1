// Working hours are local Vietnam time (UTC+7, no daylight saving).
import { hoursOf, type WorkingHours } from './deps.js';

const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
const WEEKDAY_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];

function local(now: number) {
  const d = new Date(now + OFFSET_MS);
  return { hour: d.getUTCHours(), iso: d.getUTCDay() === 0 ? 7 : d.getUTCDay(), midnight: now - ((now + OFFSET_MS) % DAY_MS) };
}

function isWorkingTime(w: WorkingHours | undefined, now: number): boolean {
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

/** "thứ Hai đến thứ Sáu" for a run of days, else the days listed ("thứ Hai, thứ Tư, thứ Sáu"). */
function daysText(days: number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  if (sorted.length === 7) return 'tất cả các ngày';
  const run = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  return run ? `${WEEKDAY_VI[sorted[0]]} đến ${WEEKDAY_VI[sorted.at(-1)!]}` : sorted.map((d) => WEEKDAY_VI[d]).join(', ');
}

/**
 * When a citizen waiting for an officer can expect an answer: from the configured working hours, else honest
 * words (no time is promised that nobody has set).
 */
export function expectedReply(w: WorkingHours | undefined, now: number): string {
  if (!w) return 'Cán bộ sẽ trả lời bạn ngay tại đây khi nhận vụ việc; mình chưa thể hứa chính xác là bao lâu.';
  const when = nextOpening(w, now);
  if (when) return `Hiện đang ngoài giờ làm việc của cán bộ; cán bộ sẽ liên hệ với bạn ${when}.`;
  const h = hoursOf(w);
  return `Cán bộ làm việc ${h.start}–${h.end} giờ, ${daysText(h.days)}, và sẽ trả lời bạn ngay tại đây trong giờ làm việc, khi nhận vụ việc.`;
}

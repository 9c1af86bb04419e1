// One case: its details, the conversation, and which actions this officer may take on it (a closed case
// offers no reply, note or close form).
import { $, el, say, time } from './console-lib.js';
import { STATUS } from './console-queue.js';
import { showThread } from './console-thread.js';

const LABELS = { emergency: 'Khẩn cấp', report: 'Tố giác', question: 'Câu hỏi', smalltalk: 'Trò chuyện' };

function metaLine(c) {
  let meta =
    (LABELS[c.label] || c.label) + ' · ' + (STATUS[c.status] || c.status) + ' · kênh ' + c.channelLabel + ' · mở lúc ' + time(c.createdAt);
  if (c.claimedBy) meta += ' · cán bộ xử lý: ' + c.claimedBy;
  if (c.citizenName) meta += ' · người báo: ' + c.citizenName;
  if (c.resolution) meta += ' · kết quả: ' + c.resolution;
  return meta;
}

/** Only what this officer may do is offered; the server checks again. */
function showActions(c, me) {
  const closed = c.status === 'closed';
  $('claim').disabled = c.status !== 'open';
  $('release').disabled = !(c.status === 'claimed' && c.claimedBy === me);
  // Only the officer holding the case (or who closed it) may export it.
  $('export').disabled = !c.claimedBy || c.claimedBy !== me;
  for (const f of ['reply-form', 'note-form', 'close-form']) $(f).hidden = closed;
}

/** Shows a case read from the API. */
export function showCase(c, me, focus) {
  $('case').hidden = false;
  $('case-title').textContent = 'Hồ sơ #' + c.number + (c.urgent ? ' (khẩn cấp)' : '');
  $('case-meta').textContent = metaLine(c);
  showActions(c, me);
  showThread(c.id, c.messages);
  if (focus) $('case-title').focus();
}

/** Downloads the case file (holder only) as the browser's own download. */
export async function exportCase(id) {
  try {
    const res = await fetch('/console/api/cases/' + id + '/export', { credentials: 'same-origin' });
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      throw new Error(body.error || 'Không xuất được hồ sơ.');
    }
    const blob = await res.blob();
    const name = (/filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '') || [])[1] || 'ho-so.json';
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(a.href);
    say('Đã xuất hồ sơ.');
  } catch (e) {
    say(e.message, true);
  }
}

// The queue of cases: urgent first, each a button that opens the case, with its unread count.
import { $, api, el } from './console-lib.js';
import { unreadOf } from './console-alerts.js';

export const STATUS = { open: 'Chờ nhận', claimed: 'Đang xử lý', closed: 'Đã đóng' };

function queueEntry(c, current, onOpen) {
  const btn = el('button');
  btn.type = 'button';
  btn.dataset.caseId = String(c.id);
  if (current === c.id) btn.setAttribute('aria-current', 'true');
  if (c.urgent) btn.appendChild(el('span', 'badge urgent', 'Khẩn cấp'));
  btn.appendChild(el('span', 'badge', STATUS[c.status] || c.status));
  const unread = unreadOf(c.id);
  if (unread) btn.appendChild(el('span', 'badge unread', unread + ' tin mới'));
  btn.appendChild(el('strong', '', '#' + c.number + ' '));
  btn.appendChild(el('span', '', c.preview));
  btn.addEventListener('click', () => onOpen(c.id));
  const li = el('li');
  li.appendChild(btn);
  return li;
}

/** The queue (with closed cases when asked). */
export async function fetchQueue() {
  return (await api('/console/api/queue' + ($('show-closed').checked ? '?closed=1' : ''))).cases;
}

export function showQueue(cases, current, onOpen) {
  $('queue').replaceChildren(...cases.map((c) => queueEntry(c, current, onOpen)));
  $('queue-empty').hidden = cases.length > 0;
}

// The queue of cases: urgent first, each a button that opens the case.
import { $, api, el } from './console-lib.js';

export const STATUS = { open: 'Chờ nhận', claimed: 'Đang xử lý', closed: 'Đã đóng' };

function queueEntry(c, current, onOpen) {
  const btn = el('button');
  btn.type = 'button';
  btn.dataset.caseId = String(c.id);
  if (current === c.id) btn.setAttribute('aria-current', 'true');
  if (c.urgent) btn.appendChild(el('span', 'badge urgent', 'Khẩn cấp'));
  btn.appendChild(el('span', 'badge', STATUS[c.status] || c.status));
  btn.appendChild(el('strong', '', '#' + c.number + ' '));
  btn.appendChild(el('span', '', c.preview));
  btn.addEventListener('click', () => onOpen(c.id));
  const li = el('li');
  li.appendChild(btn);
  return li;
}

/** Fetches and shows the queue (with closed cases when asked); returns the cases shown. */
export async function loadQueue(current, onOpen) {
  const data = await api('/console/api/queue' + ($('show-closed').checked ? '?closed=1' : ''));
  $('queue').replaceChildren(...data.cases.map((c) => queueEntry(c, current, onOpen)));
  $('queue-empty').hidden = data.cases.length > 0;
  return data.cases;
}

/** Marks the open case in the queue. */
export function markCurrent(id) {
  for (const b of document.querySelectorAll('#queue button')) {
    if (b.dataset.caseId === String(id)) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
}

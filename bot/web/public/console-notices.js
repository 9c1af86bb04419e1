// "Thông báo mới": the latest officer notices in full (a citizen's message, a new case), each with a button
// that opens its case.
import { $, el, time } from './console-lib.js';

const MAX_NOTICES = 5;
const NOTICE_CHARS = 600;

/** `c` is the notice's case in the queue (if it is there); `onOpen(caseId)` opens it. */
export function showNotice(m, c, onOpen) {
  const li = el('li', c?.urgent ? 'notice urgent' : 'notice');
  li.appendChild(el('span', 'meta', time(Date.now())));
  const text = m.text.length > NOTICE_CHARS ? m.text.slice(0, NOTICE_CHARS) + '…' : m.text;
  li.appendChild(el('p', 'notice-text', text));
  if (m.caseId !== undefined) {
    const open = el('button', 'secondary', c ? 'Mở hồ sơ #' + c.number : 'Mở hồ sơ');
    open.type = 'button';
    open.addEventListener('click', () => onOpen(m.caseId));
    li.appendChild(open);
  }
  const list = $('notices');
  list.prepend(li);
  while (list.children.length > MAX_NOTICES) list.lastChild.remove();
  $('notices-empty').hidden = true;
}

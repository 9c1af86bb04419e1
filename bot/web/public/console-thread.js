// The conversation of the open case. It follows the newest message unless the officer has scrolled up to
// read; then a "Tin mới" control says something arrived and jumps to it.
import { $, el, time } from './console-lib.js';

const DIRECTION = { citizen: 'Người báo tin', officer: 'Cán bộ', bot: 'Trợ lý', note: 'Ghi chú nội bộ' };
/** Within this distance of the end the officer counts as reading the newest message. */
const NEAR_END_PX = 48;

let shownCase = null;
let shownCount = 0;

function threadItem(m) {
  const li = el('li', m.direction);
  li.appendChild(
    el('span', 'meta', (DIRECTION[m.direction] || m.direction) + (m.author ? ' (' + m.author + ')' : '') + ' · ' + time(m.at)),
  );
  li.appendChild(document.createTextNode(m.text));
  return li;
}

function atEnd(box) {
  return box.scrollHeight - box.scrollTop - box.clientHeight <= NEAR_END_PX;
}

/** Scrolls the conversation to its newest message and hides the jump control. */
export function scrollToNewest() {
  const box = $('thread');
  box.scrollTop = box.scrollHeight;
  $('jump-newest').hidden = true;
}

/** Shows the messages of a case; a newly opened case starts at its newest message. */
export function showThread(caseId, messages) {
  const box = $('thread');
  const sameCase = shownCase === caseId && messages.length >= shownCount;
  const follow = !sameCase || atEnd(box);
  // The conversation only grows: new messages are appended, so the officer's place and screen readers'
  // live region see just what arrived.
  if (sameCase) box.append(...messages.slice(shownCount).map(threadItem));
  else box.replaceChildren(...messages.map(threadItem));
  const arrived = sameCase && messages.length > shownCount;
  shownCase = caseId;
  shownCount = messages.length;
  if (follow) scrollToNewest();
  else if (arrived) $('jump-newest').hidden = false;
}

export function wireThread() {
  $('jump-newest').addEventListener('click', scrollToNewest);
  $('thread').addEventListener('scroll', () => {
    if (atEnd($('thread'))) $('jump-newest').hidden = true;
  });
}

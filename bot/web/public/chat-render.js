// Web chat: how messages look. Pure DOM building; the page's state and the server stay in chat.js.

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A paragraph whose phone numbers are tap-to-call links. */
export function textBlock(cls, text) {
  return window.telify(el('p', cls), text);
}

export function button(label, onClick, cls) {
  const btn = el('button', cls || '', label);
  btn.type = 'button';
  btn.addEventListener('click', onClick);
  return btn;
}

export function userMessage(id, text) {
  const item = el('div', 'msg user');
  item.dataset.id = id;
  item.appendChild(el('span', 'visually-hidden', 'Bạn: '));
  item.appendChild(el('p', 'text', text));
  return item;
}

/** The temporary bubble of an answer being generated; busy, so screen readers wait for the final answer. */
export function previewBubble() {
  const node = el('div', 'msg bot preview');
  node.setAttribute('aria-busy', 'true');
  node.appendChild(el('span', 'visually-hidden', 'Trợ lý đang soạn: '));
  node.appendChild(el('p', 'text'));
  return node;
}

function badges(c) {
  const box = el('span', 'badges');
  for (const b of c.badges || []) box.appendChild(el('span', 'badge badge-' + b.kind, b.text));
  return box;
}

/** The source's label as a reader sees it: number (when there are several), label without notes, notes as badges. */
function sourceTitle(c, numbered) {
  const title = el('span', 'source-title');
  if (numbered) title.appendChild(el('span', 'source-n', '[' + c.n + '] '));
  title.appendChild(el('span', 'source-label', c.heading || c.label));
  title.appendChild(badges(c));
  return title;
}

/** The lines of the quoted blocks (`[n] label` then «quote» lines) that the sources list shows folded. */
function quotedLines(citations) {
  const block = new Set();
  for (const c of citations) {
    if (!c.quotes?.length) continue;
    block.add('[' + c.n + '] ' + c.label);
    // A quote may span lines (a list): each of its lines belongs to the block.
    for (const q of c.quotes) for (const line of ('«' + q + '»').split('\n')) block.add(line.trim());
  }
  return block;
}

/**
 * Splits the text around the quoted blocks: what comes before them (the direct answer) and what
 * follows them (notes), each without the blocks.
 */
function splitAnswer(text, citations) {
  const block = quotedLines(citations);
  const lines = text.split('\n');
  const first = lines.findIndex((l) => block.has(l.trim()));
  if (first < 0) return { lead: text, after: '' };
  let last = first;
  lines.forEach((l, i) => {
    if (block.has(l.trim())) last = i;
  });
  const tidy = (ls) =>
    ls
      .filter((l) => !block.has(l.trim()))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return { lead: tidy(lines.slice(0, first)), after: tidy(lines.slice(last + 1)) };
}

function sourceItem(c, numbered, open, onButton) {
  const li = el('li', 'source');
  const full = c.fullData ? button('Xem toàn văn', () => onButton(c.fullData, 'Xem toàn văn'), 'link') : null;
  if (!c.quotes?.length) {
    li.appendChild(sourceTitle(c, numbered));
    if (full) li.appendChild(full);
    return li;
  }
  const details = el('details');
  details.open = open;
  const summary = el('summary');
  summary.appendChild(sourceTitle(c, numbered));
  details.appendChild(summary);
  for (const q of c.quotes) details.appendChild(textBlock('quote', '«' + q + '»'));
  if (full) details.appendChild(full);
  li.appendChild(details);
  return li;
}

function sources(citations, openFirst, onButton) {
  const list = el('ol', 'sources');
  list.setAttribute('aria-label', 'Nguồn trích dẫn');
  const numbered = citations.length > 1;
  citations.forEach((c, i) => list.appendChild(sourceItem(c, numbered, openFirst && i === 0, onButton)));
  return list;
}

/** The text of a message: a whole section under its own title, or an answer with its sources between lead and notes. */
function messageBody(item, text, citations, onButton) {
  const single = citations.length === 1 ? citations[0] : null;
  if (single && text.startsWith(single.label + '\n')) {
    // A whole section ("Xem toàn văn"): its own label as the title, then the text.
    const title = el('p', 'full-title');
    title.appendChild(sourceTitle(single, false));
    item.appendChild(title);
    item.appendChild(textBlock('text', text.slice(single.label.length).trim()));
    return;
  }
  const parts = splitAnswer(text, citations);
  item.appendChild(textBlock('text', parts.lead));
  // An answer that only introduces its quotes ("Theo các văn bản hiện có:") shows the first one unfolded.
  if (citations.length) item.appendChild(sources(citations, /:\s*$/.test(parts.lead), onButton));
  if (parts.after) item.appendChild(textBlock('text after', parts.after));
}

/** A message from the bot or an officer; `onButton(payload, label)` runs when one of its buttons is pressed. */
export function botMessage(m, onButton) {
  const item = el('div', 'msg bot kind-' + m.kind);
  item.dataset.id = m.id;
  item.appendChild(el('span', 'visually-hidden', m.kind === 'relay' ? 'Cán bộ: ' : 'Trợ lý: '));
  const citations = m.citations || [];
  messageBody(item, m.text, citations, onButton);
  // "Xem toàn văn" already sits under its source.
  const shown = new Set(citations.map((c) => c.fullData).filter(Boolean));
  for (const row of m.buttons || []) {
    const bar = el('div', 'buttons');
    for (const b of row) {
      if (!shown.has(b.data)) bar.appendChild(button(b.label, () => onButton(b.data, b.label)));
    }
    if (bar.children.length) item.appendChild(bar);
  }
  return item;
}

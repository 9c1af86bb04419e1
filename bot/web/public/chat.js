'use strict';
// Web chat: posts messages to /api/chat and renders what the server pushes over /api/events (SSE).
(function () {
  const log = document.getElementById('log');
  const form = document.getElementById('chat-form');
  const input = document.getElementById('msg');
  const typing = document.getElementById('typing');
  const status = document.getElementById('status');
  const province = document.getElementById('province');
  let pending = 0;
  let events = null;
  // Set when the server ended this session: the stream reopens (under the new session) once no post is in flight.
  let reconnectWhenIdle = false;

  function newId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** A paragraph whose phone numbers are tap-to-call links. */
  function textBlock(cls, text) {
    return window.telify(el('p', cls), text);
  }

  // The person's own message: keep the newest line in view. A reply: show it from its top, so a long
  // emergency message starts with the hotlines and an answer with its direct answer.
  // Only the log scrolls (scrollIntoView would also move the page and hide the header's hotlines).
  function append(node, from) {
    log.appendChild(node);
    reveal(node, from === 'bot' ? 'start' : 'end');
  }

  function reveal(node, edge) {
    const top = node.offsetTop - 6; // .log is positioned, so offsetTop is within it
    log.scrollTop = edge === 'start' ? top : top + node.offsetHeight - log.clientHeight + 12;
  }

  function addUser(id, text) {
    if (document.querySelector('[data-id="' + CSS.escape(id) + '"]')) return;
    const item = el('div', 'msg user');
    item.dataset.id = id;
    item.appendChild(el('span', 'visually-hidden', 'Bạn: '));
    item.appendChild(el('p', 'text', text));
    append(item, 'user');
  }

  // The answer being generated, shown in a temporary bubble until the checked final message replaces it.
  // The log is marked busy meanwhile so screen readers announce only the final answer.
  let previewNode = null;

  function showPreview(text) {
    if (!previewNode) {
      previewNode = el('div', 'msg bot preview');
      previewNode.setAttribute('aria-busy', 'true');
      previewNode.appendChild(el('span', 'visually-hidden', 'Trợ lý đang soạn: '));
      previewNode.appendChild(el('p', 'text'));
      log.setAttribute('aria-busy', 'true');
      append(previewNode, 'user');
    }
    previewNode.querySelector('.text').textContent = text + ' …';
    reveal(previewNode, 'end');
  }

  function endPreview() {
    if (!previewNode) return;
    previewNode.remove();
    previewNode = null;
    log.removeAttribute('aria-busy');
  }

  function button(label, onClick, cls) {
    const btn = el('button', cls || '', label);
    btn.type = 'button';
    btn.addEventListener('click', onClick);
    return btn;
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

  /**
   * Splits the text around the quoted blocks (`[n] label` then «quote» lines) that the sources list shows folded:
   * what comes before them (the direct answer) and what follows them (notes), each without the blocks.
   */
  function splitAnswer(text, citations) {
    const block = new Set();
    for (const c of citations) {
      if (!c.quotes || !c.quotes.length) continue;
      block.add('[' + c.n + '] ' + c.label);
      // A quote may span lines (a list): each of its lines belongs to the block.
      for (const q of c.quotes) for (const line of ('«' + q + '»').split('\n')) block.add(line.trim());
    }
    const lines = text.split('\n');
    const first = lines.findIndex((l) => block.has(l.trim()));
    if (first < 0) return { lead: text, after: '' };
    let last = first;
    lines.forEach((l, i) => { if (block.has(l.trim())) last = i; });
    const tidy = (ls) => ls.filter((l) => !block.has(l.trim())).join('\n').replace(/\n{3,}/g, '\n\n').trim();
    return { lead: tidy(lines.slice(0, first)), after: tidy(lines.slice(last + 1)) };
  }

  function sources(citations, openFirst) {
    const list = el('ol', 'sources');
    list.setAttribute('aria-label', 'Nguồn trích dẫn');
    const numbered = citations.length > 1;
    for (const c of citations) {
      const li = el('li', 'source');
      const full = c.fullData ? button('Xem toàn văn', () => send({ callbackData: c.fullData, label: 'Xem toàn văn' }), 'link') : null;
      if (c.quotes && c.quotes.length) {
        const details = el('details');
        if (openFirst && c === citations[0]) details.open = true;
        const summary = el('summary');
        summary.appendChild(sourceTitle(c, numbered));
        details.appendChild(summary);
        for (const q of c.quotes) details.appendChild(textBlock('quote', '«' + q + '»'));
        if (full) details.appendChild(full);
        li.appendChild(details);
      } else {
        li.appendChild(sourceTitle(c, numbered));
        if (full) li.appendChild(full);
      }
      list.appendChild(li);
    }
    return list;
  }

  function addBot(m) {
    endPreview();
    if (document.querySelector('[data-id="' + CSS.escape(m.id) + '"]')) return;
    const item = el('div', 'msg bot kind-' + m.kind);
    item.dataset.id = m.id;
    item.appendChild(el('span', 'visually-hidden', m.kind === 'relay' ? 'Cán bộ: ' : 'Trợ lý: '));
    const citations = m.citations || [];
    const single = citations.length === 1 ? citations[0] : null;
    if (single && m.text.startsWith(single.label + '\n')) {
      // A whole section ("Xem toàn văn"): its own label as the title, then the text.
      const title = el('p', 'full-title');
      title.appendChild(sourceTitle(single, false));
      item.appendChild(title);
      item.appendChild(textBlock('text', m.text.slice(single.label.length).trim()));
    } else {
      const parts = splitAnswer(m.text, citations);
      item.appendChild(textBlock('text', parts.lead));
      // An answer that only introduces its quotes ("Theo các văn bản hiện có:") shows the first one unfolded.
      if (citations.length) item.appendChild(sources(citations, /:\s*$/.test(parts.lead)));
      if (parts.after) item.appendChild(textBlock('text after', parts.after));
    }
    const shown = new Set(citations.map((c) => c.fullData).filter(Boolean));
    for (const row of m.buttons || []) {
      const bar = el('div', 'buttons');
      for (const b of row) {
        if (shown.has(b.data)) continue;
        bar.appendChild(button(b.label, () => send({ callbackData: b.data, label: b.label })));
      }
      if (bar.children.length) item.appendChild(bar);
    }
    append(item, 'bot');
  }

  /** The session was cleared from this device: nothing of it stays on the page but its last words. */
  function endSession(data) {
    endPreview();
    log.querySelectorAll('.msg').forEach((n) => n.remove());
    province.value = '';
    status.textContent = '';
    const item = el('div', 'msg bot kind-notice final');
    item.appendChild(textBlock('text', data.text));
    item.appendChild(button('Đã ghi nhớ, xoá thông báo này', () => {
      item.remove();
      input.focus();
    }));
    append(item, 'bot');
    if (events) events.close();
    events = null;
    reconnectWhenIdle = true;
    if (pending === 0) connect();
  }

  async function send(body) {
    const id = newId();
    addUser(id, body.text || body.label);
    pending++;
    typing.hidden = false;
    status.textContent = '';
    try {
      const res = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.assign({ id: id }, body)),
      });
      if (!res.ok) {
        const data = await res.json().catch(() => ({}));
        status.textContent = data.error || 'Không gửi được tin nhắn. Vui lòng thử lại.';
      }
    } catch (e) {
      status.textContent = 'Mất kết nối. Vui lòng kiểm tra mạng và thử lại. Nếu khẩn cấp, hãy gọi 113.';
    } finally {
      pending--;
      typing.hidden = pending === 0;
      if (pending === 0 && reconnectWhenIdle) connect();
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ text: text });
    input.focus();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });

  // Applied as soon as it is chosen; the server remembers it and renders it selected on the next visit.
  province.addEventListener('change', () => {
    if (!province.value) return;
    send({ callbackData: 'province:' + province.value, label: 'Tỉnh: ' + province.options[province.selectedIndex].text });
  });
  document.getElementById('officer').addEventListener('click', () => send({ callbackData: 'officer', label: 'Gặp cán bộ' }));
  document.getElementById('erase').addEventListener('click', (ev) => {
    ev.target.closest('details').open = false;
    send({ callbackData: 'erase', label: 'Xoá khỏi máy này' });
  });

  function connect() {
    reconnectWhenIdle = false;
    events = new EventSource('/api/events');
    events.addEventListener('bot', (ev) => addBot(JSON.parse(ev.data)));
    events.addEventListener('preview', (ev) => showPreview(JSON.parse(ev.data).text));
    events.addEventListener('user', (ev) => {
      const m = JSON.parse(ev.data);
      addUser(m.id, m.text);
    });
    events.addEventListener('delete', (ev) => {
      for (const id of JSON.parse(ev.data).ids) {
        const node = document.querySelector('[data-id="' + CSS.escape(id) + '"]');
        if (node) node.remove();
      }
    });
    events.addEventListener('end', (ev) => endSession(JSON.parse(ev.data)));
    events.addEventListener('open', () => {
      if (status.dataset.offline) {
        status.textContent = 'Đã kết nối lại.';
        delete status.dataset.offline;
      }
    });
    events.addEventListener('error', () => {
      if (!events) return;
      status.dataset.offline = '1';
      status.textContent = 'Đang kết nối lại…';
    });
  }
  connect();
})();

'use strict';
// Web chat: posts messages to /api/chat and renders what the server pushes over /api/events (SSE).
(function () {
  const log = document.getElementById('log');
  const form = document.getElementById('chat-form');
  const input = document.getElementById('msg');
  const typing = document.getElementById('typing');
  const status = document.getElementById('status');
  let pending = 0;

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

  function append(node) {
    log.appendChild(node);
    node.scrollIntoView({ block: 'end' });
  }

  function addUser(id, text) {
    if (document.querySelector('[data-id="' + CSS.escape(id) + '"]')) return;
    const item = el('div', 'msg user');
    item.dataset.id = id;
    item.appendChild(el('span', 'visually-hidden', 'Bạn: '));
    item.appendChild(el('p', 'text', text));
    append(item);
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
      append(previewNode);
    }
    previewNode.querySelector('.text').textContent = text + ' …';
    previewNode.scrollIntoView({ block: 'end' });
  }

  function endPreview() {
    if (!previewNode) return;
    previewNode.remove();
    previewNode = null;
    log.removeAttribute('aria-busy');
  }

  function addBot(m) {
    endPreview();
    if (document.querySelector('[data-id="' + CSS.escape(m.id) + '"]')) return;
    const item = el('div', 'msg bot kind-' + m.kind);
    item.dataset.id = m.id;
    item.appendChild(el('span', 'visually-hidden', m.kind === 'relay' ? 'Cán bộ: ' : 'Trợ lý: '));
    item.appendChild(el('p', 'text', m.text));
    if (m.citations && m.citations.length) {
      const details = el('details', 'sources');
      details.appendChild(el('summary', '', 'Nguồn trích dẫn (' + m.citations.length + ')'));
      const list = el('ol');
      for (const c of m.citations) list.appendChild(el('li', '', '[' + c.n + '] ' + c.label));
      details.appendChild(list);
      item.appendChild(details);
    }
    for (const row of m.buttons || []) {
      const bar = el('div', 'buttons');
      for (const b of row) {
        const btn = el('button', '', b.label);
        btn.type = 'button';
        btn.addEventListener('click', () => send({ callbackData: b.data, label: b.label }));
        bar.appendChild(btn);
      }
      item.appendChild(bar);
    }
    append(item);
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

  document.getElementById('province-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const select = document.getElementById('province');
    if (!select.value) return;
    send({ callbackData: 'province:' + select.value, label: 'Tỉnh: ' + select.options[select.selectedIndex].text });
  });
  document.getElementById('officer').addEventListener('click', () => send({ callbackData: 'officer', label: 'Gặp cán bộ' }));

  const events = new EventSource('/api/events');
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
  events.addEventListener('open', () => {
    if (status.dataset.offline) {
      status.textContent = 'Đã kết nối lại.';
      delete status.dataset.offline;
    }
  });
  events.addEventListener('error', () => {
    status.dataset.offline = '1';
    status.textContent = 'Đang kết nối lại…';
  });
})();

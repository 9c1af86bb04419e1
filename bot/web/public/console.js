'use strict';
// Officer console: queue, case detail and actions over /console/api; refreshes on /console/events (SSE).
(function () {
  const $ = (id) => document.getElementById(id);
  const LABELS = { emergency: 'Khẩn cấp', report: 'Tố giác', question: 'Câu hỏi', smalltalk: 'Trò chuyện' };
  const STATUS = { open: 'Chờ nhận', claimed: 'Đang xử lý', closed: 'Đã đóng' };
  const DIRECTION = { citizen: 'Người báo tin', officer: 'Cán bộ', bot: 'Trợ lý', note: 'Ghi chú nội bộ' };
  let csrf = '';
  let me = '';
  let current = null;
  let currentNumber = null;

  function say(text, isError) {
    $('status').textContent = text;
    $('status').className = isError ? 'status error' : 'status';
  }

  async function api(path, body) {
    const init = body === undefined ? {} : {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body),
    };
    const res = await fetch(path, init);
    if (res.status === 401) {
      location.href = '/console';
      throw new Error('unauthorized');
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || 'Có lỗi xảy ra, vui lòng thử lại.');
    return data;
  }

  function time(ms) {
    return new Date(ms).toLocaleString('vi-VN');
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  async function loadQueue() {
    const data = await api('/console/api/queue' + ($('show-closed').checked ? '?closed=1' : ''));
    const list = $('queue');
    list.replaceChildren();
    for (const c of data.cases) {
      const li = el('li');
      const btn = el('button');
      btn.type = 'button';
      btn.dataset.caseId = String(c.id);
      if (current === c.id) btn.setAttribute('aria-current', 'true');
      if (c.urgent) btn.appendChild(el('span', 'badge urgent', 'Khẩn cấp'));
      btn.appendChild(el('span', 'badge', STATUS[c.status] || c.status));
      btn.appendChild(el('strong', '', '#' + c.number + ' '));
      btn.appendChild(el('span', '', c.preview));
      btn.addEventListener('click', () => openCase(c.id, true));
      li.appendChild(btn);
      list.appendChild(li);
    }
    $('queue-empty').hidden = data.cases.length > 0;
  }

  async function openCase(id, focus) {
    const data = await api('/console/api/cases/' + id);
    const c = data.case;
    current = c.id;
    currentNumber = c.number;
    $('case').hidden = false;
    $('case-title').textContent = 'Hồ sơ #' + c.number + (c.urgent ? ' (khẩn cấp)' : '');
    let meta = (LABELS[c.label] || c.label) + ' · ' + (STATUS[c.status] || c.status) + ' · kênh ' + c.channel + ' · mở lúc ' + time(c.createdAt);
    if (c.claimedBy) meta += ' · cán bộ xử lý: ' + c.claimedBy;
    if (c.citizenName) meta += ' · người báo: ' + c.citizenName;
    if (c.resolution) meta += ' · kết quả: ' + c.resolution;
    $('case-meta').textContent = meta;
    const thread = $('thread');
    thread.replaceChildren();
    for (const m of c.messages) {
      const li = el('li', m.direction);
      li.appendChild(el('span', 'meta', (DIRECTION[m.direction] || m.direction) + (m.author ? ' (' + m.author + ')' : '') + ' · ' + time(m.at)));
      li.appendChild(document.createTextNode(m.text));
      thread.appendChild(li);
    }
    const closed = c.status === 'closed';
    const mine = c.status === 'claimed' && c.claimedBy === me;
    $('claim').disabled = c.status !== 'open';
    $('release').disabled = !mine;
    // Only the officer holding the case (or who closed it) may export it; the server checks again.
    $('export').disabled = !c.claimedBy || c.claimedBy !== me;
    for (const f of ['reply-form', 'note-form', 'close-form']) $(f).hidden = closed;
    for (const b of document.querySelectorAll('#queue button')) {
      if (b.dataset.caseId === String(c.id)) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
    if (focus) $('case-title').focus();
  }

  async function act(name, body, done) {
    if (current === null) return;
    try {
      await api('/console/api/cases/' + current + '/' + name, body || {});
      if (done) done();
      say('Đã thực hiện.');
      await refresh();
    } catch (e) {
      say(e.message, true);
    }
  }

  async function refresh() {
    try {
      await loadQueue();
      if (current !== null) await openCase(current, false);
    } catch (e) {
      say(e.message, true);
    }
  }

  function onSubmit(formId, fieldId, action) {
    $(formId).addEventListener('submit', (ev) => {
      ev.preventDefault();
      const field = $(fieldId);
      const text = field.value.trim();
      if (!text) return;
      act(action, { text: text }, () => { field.value = ''; });
    });
  }

  // Officer commands from the server's command table that have no dedicated control above (data-command).
  async function loadCommands() {
    const data = await api('/console/api/commands');
    const covered = new Set(Array.from(document.querySelectorAll('[data-command]'), (e) => e.dataset.command));
    const box = $('commands');
    box.replaceChildren();
    for (const c of data.commands) {
      if (covered.has(c.name)) continue;
      const b = el('button', 'secondary', c.help);
      b.type = 'button';
      b.dataset.command = c.name;
      b.title = '/' + c.name + (c.args ? ' ' + c.args : '');
      b.addEventListener('click', () => runCommand(c));
      box.appendChild(b);
    }
  }

  async function runCommand(c) {
    if (c.caseNumber && currentNumber === null) return say('Hãy chọn một hồ sơ trước.', true);
    const needsText = c.args && c.args.replace('<số>', '').trim();
    const text = needsText ? window.prompt(c.help + ' (' + c.args + ')') : undefined;
    if (needsText && !text) return;
    try {
      const body = { text: text || undefined, number: c.caseNumber ? currentNumber : undefined };
      const r = await api('/console/api/commands/' + c.name, body);
      $('command-output').textContent = r.replies.join('\n\n');
      $('command-output').hidden = r.replies.length === 0;
      say('Đã thực hiện.');
    } catch (e) {
      say(e.message, true);
    }
  }

  $('claim').addEventListener('click', () => act('claim'));
  $('release').addEventListener('click', () => act('release'));
  $('export').addEventListener('click', async () => {
    if (current === null) return;
    try {
      const res = await fetch('/console/api/cases/' + current + '/export', { credentials: 'same-origin' });
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
  });
  onSubmit('reply-form', 'reply', 'reply');
  onSubmit('note-form', 'note', 'note');
  onSubmit('close-form', 'resolution', 'close');
  $('show-closed').addEventListener('change', refresh);
  $('logout').addEventListener('click', async () => {
    await api('/console/logout', {}).catch(() => undefined);
    location.href = '/console';
  });

  api('/console/api/session').then((s) => {
    csrf = s.csrf;
    me = s.name;
    $('who').textContent = s.name;
    refresh();
    loadCommands().catch((e) => say(e.message, true));
    const events = new EventSource('/console/events');
    events.addEventListener('officer', (ev) => {
      const m = JSON.parse(ev.data);
      const li = el('li', '', m.text.split('\n')[0]);
      $('notices').prepend(li);
      while ($('notices').children.length > 5) $('notices').lastChild.remove();
      refresh();
    });
    events.addEventListener('changed', refresh);
  }).catch((e) => say(e.message, true));
})();

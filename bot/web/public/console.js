// Officer console: queue, case detail and actions over /console/api; refreshes on /console/events (SSE).
import { $, api, el, say, setCsrf } from './console-lib.js';
import { loadQueue } from './console-queue.js';
import { exportCase, showCase } from './console-case.js';
import { loadCommands } from './console-commands.js';

let me = '';
let current = null;
let currentNumber = null;

async function openCase(id, focus) {
  const c = (await api('/console/api/cases/' + id)).case;
  current = c.id;
  currentNumber = c.number;
  showCase(c, me, focus);
}

async function refresh() {
  try {
    await loadQueue(current, (id) => openCase(id, true));
    if (current !== null) await openCase(current, false);
  } catch (e) {
    say(e.message, true);
  }
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

function onSubmit(formId, fieldId, action) {
  $(formId).addEventListener('submit', (ev) => {
    ev.preventDefault();
    const field = $(fieldId);
    const text = field.value.trim();
    if (!text) return;
    act(action, { text: text }, () => {
      field.value = '';
    });
  });
}

function showNotice(m) {
  const li = el('li', '', m.text.split('\n')[0]);
  $('notices').prepend(li);
  while ($('notices').children.length > 5) $('notices').lastChild.remove();
}

function listen() {
  const events = new EventSource('/console/events');
  events.addEventListener('officer', (ev) => {
    showNotice(JSON.parse(ev.data));
    refresh();
  });
  events.addEventListener('changed', refresh);
}

function wireControls() {
  $('claim').addEventListener('click', () => act('claim'));
  $('release').addEventListener('click', () => act('release'));
  $('export').addEventListener('click', () => current !== null && exportCase(current));
  onSubmit('reply-form', 'reply', 'reply');
  onSubmit('note-form', 'note', 'note');
  onSubmit('close-form', 'resolution', 'close');
  $('show-closed').addEventListener('change', refresh);
  $('logout').addEventListener('click', async () => {
    await api('/console/logout', {}).catch(() => undefined);
    location.href = '/console';
  });
}

async function start() {
  wireControls();
  const s = await api('/console/api/session');
  setCsrf(s.csrf);
  me = s.name;
  $('who').textContent = s.name;
  refresh();
  loadCommands(() => currentNumber).catch((e) => say(e.message, true));
  listen();
}

start().catch((e) => say(e.message, true));

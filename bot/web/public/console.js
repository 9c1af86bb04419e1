// Officer console: queue, case detail and actions over /console/api; refreshes on /console/events (SSE).
import { $, api, say, setCsrf } from './console-lib.js';
import { fetchQueue, showQueue } from './console-queue.js';
import { exportCase, showCase } from './console-case.js';
import { loadCommands } from './console-commands.js';
import { countArrivals, countNotice, markRead, wireAlerts } from './console-alerts.js';
import { showNotice } from './console-notices.js';
import { wireThread } from './console-thread.js';
import { wirePassword } from './console-password.js';

let me = '';
let current = null;
let currentNumber = null;
let cases = [];

const viewing = (caseId) => caseId === current && document.visibilityState === 'visible';
const redrawQueue = () => showQueue(cases, current, (id) => openCase(id, true));

async function openCase(id, focus) {
  const c = (await api('/console/api/cases/' + id)).case;
  current = c.id;
  currentNumber = c.number;
  showCase(c, me, focus);
  if (viewing(c.id)) markRead(c.id);
  redrawQueue();
}

async function refresh() {
  try {
    cases = await fetchQueue();
    countArrivals(cases, viewing);
    redrawQueue();
    if (current !== null) await openCase(current, false);
  } catch (e) {
    say(e.message, true);
  }
}

/** An officer notice: shown in full, counted as unread unless its case is on screen, urgent ones announced. */
async function onNotice(m) {
  await refresh();
  const c = cases.find((x) => x.id === m.caseId);
  showNotice(m, c, (id) => openCase(id, true).catch((e) => say(e.message, true)));
  if (c && viewing(c.id)) return;
  if (countNotice(m, c, me)) say('Có vụ việc khẩn cấp mới: #' + c.number + '.', true);
  redrawQueue();
}

async function act(name, body, done) {
  if (current === null) return;
  try {
    await api('/console/api/cases/' + current + '/' + name, body || {});
    if (done) done();
    say('Đã thực hiện.');
  } catch (e) {
    say(e.message, true);
  }
  // Also after a refusal: the case may have changed hands or closed meanwhile.
  await refresh();
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

function listen() {
  const events = new EventSource('/console/events');
  events.addEventListener('officer', (ev) => onNotice(JSON.parse(ev.data)));
  events.addEventListener('changed', refresh);
  document.addEventListener('visibilitychange', () => {
    if (current === null || !viewing(current)) return;
    markRead(current);
    redrawQueue();
  });
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
  wireThread();
  wireAlerts();
}

async function start() {
  wireControls();
  const s = await api('/console/api/session');
  setCsrf(s.csrf);
  me = s.name;
  $('who').textContent = s.name;
  wirePassword(s);
  refresh();
  loadCommands(() => currentNumber).catch((e) => say(e.message, true));
  listen();
}

start().catch((e) => say(e.message, true));

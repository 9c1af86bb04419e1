// Web chat: posts messages to /api/chat and renders what the server pushes over /api/events (SSE).
// Button payloads come from the server (the buttons of a message, the data-payload of the page's
// controls); the page never builds one.
import { botMessage, button, el, previewBubble, textBlock, userMessage } from './chat-render.js';

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
// The answer being generated, shown until the checked final message replaces it.
let previewNode = null;

function newId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const shown = (id) => document.querySelector('[data-id="' + CSS.escape(id) + '"]');

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
  if (!shown(id)) append(userMessage(id, text), 'user');
}

// The log is marked busy while a preview shows, so screen readers announce only the final answer.
function showPreview(text) {
  if (!previewNode) {
    previewNode = previewBubble();
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

function press(payload, label) {
  send({ callbackData: payload, label: label });
}

function addBot(m) {
  endPreview();
  if (!shown(m.id)) append(botMessage(m, press), 'bot');
}

function deleteMessages(ids) {
  for (const id of ids) shown(id)?.remove();
}

/** The session was cleared from this device: nothing of it stays on the page but its last words. */
function endSession(data) {
  endPreview();
  log.querySelectorAll('.msg').forEach((n) => n.remove());
  province.value = '';
  status.textContent = '';
  const item = el('div', 'msg bot kind-notice final');
  item.appendChild(textBlock('text', data.text));
  item.appendChild(
    button('Đã ghi nhớ, xoá thông báo này', () => {
      item.remove();
      input.focus();
    }),
  );
  append(item, 'bot');
  if (events) events.close();
  events = null;
  reconnectWhenIdle = true;
  if (pending === 0) connect();
}

async function post(body) {
  try {
    const res = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.ok) return;
    const data = await res.json().catch(() => ({}));
    status.textContent = data.error || 'Không gửi được tin nhắn. Vui lòng thử lại.';
  } catch {
    status.textContent = 'Mất kết nối. Vui lòng kiểm tra mạng và thử lại. Nếu khẩn cấp, hãy gọi 113.';
  }
}

async function send(body) {
  const id = newId();
  addUser(id, body.text || body.label);
  pending++;
  typing.hidden = false;
  status.textContent = '';
  try {
    await post(Object.assign({ id: id }, body));
  } finally {
    pending--;
    typing.hidden = pending === 0;
    if (pending === 0 && reconnectWhenIdle) connect();
  }
}

function onEvent(name, handle) {
  events.addEventListener(name, (ev) => handle(JSON.parse(ev.data)));
}

function connect() {
  reconnectWhenIdle = false;
  events = new EventSource('/api/events');
  onEvent('bot', addBot);
  onEvent('preview', (d) => showPreview(d.text));
  onEvent('user', (d) => addUser(d.id, d.text));
  onEvent('delete', (d) => deleteMessages(d.ids));
  onEvent('end', endSession);
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

function wireComposer() {
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
}

function wireControls() {
  // Applied as soon as it is chosen; the server remembers it and renders it selected on the next visit.
  province.addEventListener('change', () => {
    const option = province.options[province.selectedIndex];
    if (province.value && option.dataset.payload) press(option.dataset.payload, 'Tỉnh: ' + option.text);
  });
  const officer = document.getElementById('officer');
  officer.addEventListener('click', () => press(officer.dataset.payload, 'Gặp cán bộ'));
  const erase = document.getElementById('erase');
  erase.addEventListener('click', () => {
    erase.closest('details').open = false;
    press(erase.dataset.payload, 'Xoá khỏi máy này');
  });
}

wireComposer();
wireControls();
connect();

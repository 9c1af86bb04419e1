// What the officer has not read yet: a count per case and in total, the tab title ("(2) KHẨN – …" while an
// urgent case waits), and an optional sound for a new urgent case, remembered in this browser.
import { $ } from './console-lib.js';

const BASE_TITLE = document.title;
const SOUND_KEY = 'pcmbn-console-sound';
const UNREAD_KEY = 'pcmbn-console-unread';

/**
 * caseId → unread count, the urgent cases among them, and the cases this tab has already seen in the queue
 * (null until its first queue); kept for this tab across reloads.
 */
const state = loadState();
/** Urgent cases already rung for, so a case rings once. */
const rung = new Set(state.urgent);
let audio = null;

function loadState() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(UNREAD_KEY) || '{}');
    return { unread: saved.unread || {}, urgent: saved.urgent || [], seen: saved.seen || null };
  } catch {
    return { unread: {}, urgent: [], seen: null };
  }
}

function saveState() {
  sessionStorage.setItem(UNREAD_KEY, JSON.stringify(state));
}

export function unreadOf(caseId) {
  return state.unread[caseId] || 0;
}

export function totalUnread() {
  return Object.values(state.unread).reduce((a, b) => a + b, 0);
}

function showTotals() {
  const total = totalUnread();
  const urgent = state.urgent.length > 0;
  document.title = total ? '(' + total + ') ' + (urgent ? 'KHẨN – ' : '') + BASE_TITLE : BASE_TITLE;
  $('unread-total').textContent = total + ' tin chưa đọc';
  $('unread-total').hidden = total === 0;
}

/** The officer has seen this case as it is now. */
export function markRead(caseId) {
  if (!unreadOf(caseId) && !state.urgent.includes(caseId)) return;
  delete state.unread[caseId];
  state.urgent = state.urgent.filter((id) => id !== caseId);
  saveState();
  showTotals();
}

/** A case waiting for an officer makes it at least one unread, urgent ones marked as such. */
function countWaiting(c) {
  state.unread[c.id] = Math.max(unreadOf(c.id), 1);
  if (c.urgent && !state.urgent.includes(c.id)) state.urgent.push(c.id);
}

/**
 * Counts the cases that came into the queue since this tab last saw it (not the first queue it sees). In a
 * burst the server stops announcing each new case and sends one notice for several, naming none; the queue
 * still holds them all, so every case new to it that waits for an officer counts as unread. `onScreen(id)`:
 * the case is shown now. The ring stays with the urgent case's own notice.
 */
export function countArrivals(cases, onScreen) {
  const seen = new Set(state.seen || []);
  const first = state.seen === null;
  for (const c of cases) {
    if (!first && !seen.has(c.id) && c.status === 'open' && !onScreen(c.id)) countWaiting(c);
  }
  state.seen = cases.map((c) => c.id);
  saveState();
  showTotals();
}

/**
 * Counts an officer notice about a case (`c`, its queue entry): a citizen's message in a case this officer
 * holds adds one; an announcement of a case waiting for an officer makes it at least one. Returns true when
 * it is a newly waiting urgent case (the page then says so).
 */
export function countNotice(m, c, me) {
  if (!c) return false;
  const waiting = c.status === 'open' && m.kind !== 'relay';
  const toMe = m.kind === 'relay' && c.claimedBy === me;
  if (!waiting && !toMe) return false;
  if (toMe) state.unread[c.id] = unreadOf(c.id) + 1;
  else countWaiting(c);
  const newUrgent = c.urgent && !rung.has(c.id);
  if (c.urgent && !state.urgent.includes(c.id)) state.urgent.push(c.id);
  saveState();
  showTotals();
  if (newUrgent) {
    rung.add(c.id);
    ring();
  }
  return newUrgent;
}

function soundOn() {
  return localStorage.getItem(SOUND_KEY) === 'on';
}

/** Browsers let a page start audio only after a click or key press, so the context is made in one. */
function unlockAudio() {
  if (!soundOn()) return;
  const Ctx = window.AudioContext || window.webkitAudioContext;
  if (!audio && Ctx) audio = new Ctx();
  audio?.resume().catch(() => undefined);
}

/** Two short tones; silent when the sound is off or the browser has not allowed audio yet. */
function ring() {
  if (!soundOn() || !audio || audio.state !== 'running') return;
  const gain = audio.createGain();
  gain.connect(audio.destination);
  gain.gain.value = 0.2;
  [880, 660].forEach((hz, i) => {
    const osc = audio.createOscillator();
    osc.frequency.value = hz;
    osc.connect(gain);
    osc.start(audio.currentTime + i * 0.25);
    osc.stop(audio.currentTime + i * 0.25 + 0.2);
  });
}

export function wireAlerts() {
  const box = $('sound');
  box.checked = soundOn();
  box.addEventListener('change', () => {
    localStorage.setItem(SOUND_KEY, box.checked ? 'on' : 'off');
    unlockAudio();
  });
  document.addEventListener('pointerdown', unlockAudio);
  document.addEventListener('keydown', unlockAudio);
  showTotals();
}

// Officer commands from the server's command table that have no dedicated control on the page (data-command).
import { $, api, el, say } from './console-lib.js';

async function runCommand(c, caseNumber) {
  if (c.caseNumber && caseNumber() === null) return say('Hãy chọn một hồ sơ trước.', true);
  const needsText = c.args && c.args.replace('<số>', '').trim();
  const text = needsText ? window.prompt(c.help + ' (' + c.args + ')') : undefined;
  if (needsText && !text) return;
  try {
    const body = { text: text || undefined, number: c.caseNumber ? caseNumber() : undefined };
    const r = await api('/console/api/commands/' + c.name, body);
    $('command-output').textContent = r.replies.join('\n\n');
    $('command-output').hidden = r.replies.length === 0;
    say('Đã thực hiện.');
  } catch (e) {
    say(e.message, true);
  }
}

/** `caseNumber()` is the number of the case open on the page, or null. */
export async function loadCommands(caseNumber) {
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
    b.addEventListener('click', () => runCommand(c, caseNumber));
    box.appendChild(b);
  }
}

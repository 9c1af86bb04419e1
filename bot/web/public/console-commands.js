// Officer commands from the server's command table that have no dedicated control on the page (data-command):
// a button each, or a small form when the command needs words; never the chat-app syntax.
import { $, api, el, say } from './console-lib.js';

/** The command takes text beyond the case number. */
const needsText = (c) => Boolean(c.args?.replace('<số>', '').trim());

async function runCommand(c, caseNumber, text) {
  if (c.caseNumber && caseNumber() === null) return say('Hãy chọn một hồ sơ trước.', true);
  try {
    const r = await api('/console/api/commands/' + c.name, { text: text || undefined, number: c.caseNumber ? caseNumber() : undefined });
    $('command-output').textContent = r.replies.join('\n\n');
    $('command-output').hidden = r.replies.length === 0;
    say('Đã thực hiện.');
    return true;
  } catch (e) {
    say(e.message, true);
    return false;
  }
}

function commandButton(c, caseNumber) {
  const b = el('button', 'secondary', c.help);
  b.type = 'button';
  b.dataset.command = c.name;
  b.addEventListener('click', () => runCommand(c, caseNumber));
  return b;
}

function commandForm(c, caseNumber) {
  const form = el('form', 'stack');
  form.dataset.command = c.name;
  const label = el('label', '', c.help);
  const field = el('textarea');
  field.id = 'command-' + c.name;
  field.rows = 2;
  field.maxLength = 4000;
  field.required = true;
  label.htmlFor = field.id;
  const submit = el('button', 'secondary', 'Thực hiện');
  submit.type = 'submit';
  form.append(label, field, submit);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = field.value.trim();
    if (text && (await runCommand(c, caseNumber, text))) field.value = '';
  });
  return form;
}

/** `caseNumber()` is the number of the case open on the page, or null. */
export async function loadCommands(caseNumber) {
  const data = await api('/console/api/commands');
  const covered = new Set(Array.from(document.querySelectorAll('[data-command]'), (e) => e.dataset.command));
  const extra = data.commands.filter((c) => !covered.has(c.name));
  $('commands').replaceChildren(...extra.map((c) => (needsText(c) ? commandForm(c, caseNumber) : commandButton(c, caseNumber))));
  $('commands-section').hidden = extra.length === 0;
}

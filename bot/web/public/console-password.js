// Password change for a named officer account: the current password again, the new one twice. Every other
// session of the officer ends; this page continues under the new session the server issues.
import { $, api, say, setCsrf } from './console-lib.js';

async function submit(ev) {
  ev.preventDefault();
  const current = $('password-current').value;
  const password = $('password-new').value;
  if (password !== $('password-again').value) return say('Hai lần nhập mật khẩu mới không giống nhau.', true);
  try {
    const r = await api('/console/api/password', { current: current, password: password });
    setCsrf(r.csrf);
    $('password-form').reset();
    $('password-box').open = false;
    say('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.');
  } catch (e) {
    say(e.message, true);
  }
}

/** Shown only to named accounts (the shared password is set in the configuration). */
export function wirePassword(session) {
  if (!session.login) return;
  $('password-box').hidden = false;
  $('password-form').addEventListener('submit', submit);
}

// Small helpers shared by the console's modules: element lookup and creation, the status line, the JSON API.
export const $ = (id) => document.getElementById(id);

let csrf = '';

/** The session's CSRF token, sent with every POST. */
export function setCsrf(token) {
  csrf = token;
}

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function time(ms) {
  return new Date(ms).toLocaleString('vi-VN');
}

/** One line under the header saying what just happened (or what went wrong). */
export function say(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'status error' : 'status';
}

/** GET without a body, POST (with the CSRF token) with one; a lost session goes back to the login page. */
export async function api(path, body) {
  const init =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body) };
  const res = await fetch(path, init);
  if (res.status === 401) {
    location.href = '/console';
    throw new Error('unauthorized');
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || 'Có lỗi xảy ra, vui lòng thử lại.');
  return data;
}

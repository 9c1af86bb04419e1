// The officer console as a browser uses it: a page sets the login cookie and the form's CSRF token, the form posts
// the name and password, and the session cookie then opens the JSON API, whose writes carry the session's CSRF token.

/** The value (`name=value`) of the cookie a response sets under that name. */
export function cookieSet(res: Response, name: string): string {
  return res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))!
    .split(';')[0];
}

/** A form page of the console: the pre-login cookie, the form's CSRF token and the page itself. */
export async function consoleForm(base: string, path = '/console', headers: Record<string, string> = {}) {
  const page = await fetch(`${base}${path}`, { headers });
  const html = await page.text();
  return { pre: cookieSet(page, 'pcmbn_login'), csrf: /name="csrf" value="([^"]+)"/.exec(html)![1], html };
}

/** Posts a console form with its CSRF token and pre-login cookie; the response is not followed. */
export async function postConsoleForm(base: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const { pre, csrf } = await consoleForm(base, path === '/console/login' ? '/console' : path, headers);
  return fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre, ...headers },
    body: new URLSearchParams({ csrf, ...fields }).toString(),
  });
}

/** Logs in with the console's form: 303 with the session cookie when the name and password are right. */
export function postLogin(base: string, name: string, password: string, headers: Record<string, string> = {}) {
  return postConsoleForm(base, '/console/login', { name, password }, headers);
}

export interface ConsoleSession {
  cookie: string;
  session: { csrf: string; [field: string]: unknown };
  get: (path: string) => Promise<Response>;
  post: (path: string, body?: unknown) => Promise<Response>;
}

/** Logs in and returns calls bound to the session: reads with its cookie, JSON writes with its CSRF token too. */
export async function consoleSession(base: string, name: string, password: string): Promise<ConsoleSession> {
  const res = await postLogin(base, name, password);
  if (res.status !== 303) throw new Error(`console login failed: ${res.status}`);
  const cookie = cookieSet(res, 'pcmbn_console');
  const session = await (await fetch(`${base}/console/api/session`, { headers: { cookie } })).json();
  return {
    cookie,
    session,
    get: (path) => fetch(`${base}${path}`, { headers: { cookie } }),
    post: (path, body = {}) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': session.csrf },
        body: JSON.stringify(body),
      }),
  };
}

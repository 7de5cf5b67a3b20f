// The REST client: every call carries the team token kept in this browser (issue 5: the page asks
// for it once). A 401 raises AuthError so the page can ask again.

import { readEvents } from './sse.js';

const TOKEN_KEY = 'molt.token';

export class AuthError extends Error {}

export class ApiError extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
  }
}

export const token = {
  get: () => localStorage.getItem(TOKEN_KEY) ?? '',
  set: (value) => localStorage.setItem(TOKEN_KEY, value.trim()),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

function headers(extra = {}) {
  const t = token.get();
  return t ? { ...extra, Authorization: `Bearer ${t}` } : extra;
}

async function call(path, init = {}) {
  const response = await fetch(path, { ...init, headers: headers(init.headers) });
  if (response.status === 401) {
    // One place for every call: the page opens its token dialog, the caller just stops.
    const problem = 'the API token is missing or not valid';
    window.dispatchEvent(new CustomEvent('molt:auth', { detail: problem }));
    throw new AuthError(problem);
  }
  if (!response.ok) {
    let reason = response.statusText;
    try {
      const body = await response.json();
      reason = body.reason ?? body.error ?? reason;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(response.status, reason);
  }
  return response;
}

export async function submitBuild({ file, entry, target, opt }) {
  const form = new FormData();
  form.append('file', file, file.name);
  if (entry) form.append('entry', entry);
  form.append('target', target);
  form.append('opt', opt);
  return (await call('/api/v1/builds', { method: 'POST', body: form })).json();
}

export async function getBuild(id) {
  return (await call(`/api/v1/builds/${encodeURIComponent(id)}`)).json();
}

export async function listBuilds() {
  return (await call('/api/v1/builds')).json();
}

export async function cancelBuild(id) {
  await call(`/api/v1/builds/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The artifact as a Blob typed as the server sent it (a browser names an untyped download .txt). */
export async function downloadArtifact(id) {
  return (await call(`/api/v1/builds/${encodeURIComponent(id)}/artifact`)).blob();
}

/** Follows a build's event stream until the build ends or `signal` aborts. */
export async function watchBuild(id, onEvent, signal) {
  const response = await call(`/api/v1/builds/${encodeURIComponent(id)}/events`, {
    headers: { Accept: 'text/event-stream' },
    signal,
  });
  await readEvents(response, onEvent);
}

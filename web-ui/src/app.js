// The single page: "#/" shows the upload form and recent builds, "#/builds/ID" one build.
import { AuthError, token } from './api.js';
import { showHome } from './views/home.js';
import { showBuild } from './views/build.js';

const main = document.getElementById('main');
let leaving = null; // aborts the current view's streams and timers when the route changes

async function route(event) {
  leaving?.abort();
  leaving = new AbortController();
  const match = location.hash.match(/^#\/builds\/([\w-]+)$/);
  main.replaceChildren();
  // A new view: keyboard and screen-reader users continue from its start, not from <body>.
  if (event) main.focus();
  try {
    if (match) await showBuild(main, match[1], leaving.signal);
    else await showHome(main, leaving.signal);
  } catch (e) {
    // a 401 has already opened the token dialog (api.js); saving a token routes again
    if (!(e instanceof AuthError) && e.name !== 'AbortError') showError(e);
  }
}

function showError(e) {
  const p = document.createElement('p');
  p.className = 'error';
  p.setAttribute('role', 'alert');
  p.textContent = e.message;
  main.append(p);
}

function askForToken(problem = '') {
  const dialog = document.getElementById('token-dialog');
  const input = document.getElementById('token-input');
  document.getElementById('token-error').textContent = token.get() ? problem : '';
  input.value = token.get();
  if (!dialog.open) dialog.showModal();
  input.focus();
}

document.getElementById('token-form').addEventListener('submit', (event) => {
  if (event.submitter?.value === 'save') {
    token.set(document.getElementById('token-input').value);
    route();
  }
});
document.getElementById('token-button').addEventListener('click', () => askForToken());
window.addEventListener('hashchange', route);
window.addEventListener('molt:auth', (e) => askForToken(e.detail));
route();

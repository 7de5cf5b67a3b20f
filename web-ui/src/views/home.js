// The start page: pick or drop a .py or .zip, choose target and optimization, build; below it the
// team's recent builds.
import { listBuilds, submitBuild } from '../api.js';
import { badge, el, formatTime } from '../dom.js';

export async function showHome(main, signal) {
  main.append(uploadForm(), el('h2', {}, 'Recent builds'), await recentBuilds());
  refreshEvery(main, 5000, signal);
}

function uploadForm() {
  // The drop zone is the one keyboard stop for the file: the native input stays out of the tab
  // order (it is invisible) and out of form validation (a dropped file never reaches it).
  const input = el('input', { type: 'file', id: 'file', name: 'file', accept: '.py,.zip', tabindex: '-1' });
  const chosen = el('span', { class: 'chosen', 'aria-live': 'polite' }, 'No file chosen');
  const entryRow = el('p', { class: 'row', hidden: true },
    el('label', { for: 'entry' }, 'Entry module'),
    el('input', { id: 'entry', name: 'entry', placeholder: 'main.py', spellcheck: 'false' }));
  const error = el('p', { class: 'error', role: 'alert' });
  const drop = el('label', { class: 'drop', for: 'file', id: 'drop', role: 'button', tabindex: '0' },
    el('strong', {}, 'Drop a .py file or a .zip here'), ' or press Enter to choose one', chosen);
  let file = null;
  const choose = (f) => {
    file = f;
    chosen.textContent = f ? `${f.name} (${f.size} bytes)` : 'No file chosen';
    entryRow.hidden = !(f && f.name.toLowerCase().endsWith('.zip'));
  };
  input.addEventListener('change', () => choose(input.files[0] ?? null));
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.click();
    }
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    choose(e.dataTransfer.files[0] ?? null);
  });

  const submit = el('button', { type: 'submit', class: 'primary', id: 'build-button' }, 'Build');
  const form = el('form', { class: 'card', id: 'build-form' },
    el('h1', {}, 'Compile a Python program'),
    input, drop, entryRow,
    el('fieldset', { class: 'row' }, el('legend', {}, 'Target'),
      radio('target', 'native', 'Native (x86-64 Linux)', true), radio('target', 'wasm', 'WebAssembly (WASI)')),
    el('p', { class: 'row' }, el('label', { for: 'opt' }, 'Optimization'),
      el('select', { id: 'opt', name: 'opt' },
        el('option', { value: 'O0' }, '-O0 (fastest build)'),
        el('option', { value: 'O2', selected: true }, '-O2 (default)'),
        el('option', { value: 'O3' }, '-O3'))),
    error,
    submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    if (!file) {
      error.textContent = 'Choose a .py or .zip file first.';
      drop.focus();
      return;
    }
    const data = new FormData(form);
    submit.disabled = true; // one click, one build
    try {
      const build = await submitBuild({ file, entry: data.get('entry'), target: data.get('target'), opt: data.get('opt') });
      location.hash = `#/builds/${build.id}`;
    } catch (err) {
      error.textContent = err.message;
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function radio(name, value, label, checked = false) {
  const id = `${name}-${value}`;
  return el('span', { class: 'choice' },
    el('input', { type: 'radio', name, value, id, checked }), el('label', { for: id }, label));
}

async function recentBuilds() {
  const { builds = [] } = await listBuilds();
  if (builds.length === 0) return el('p', { id: 'builds', class: 'muted' }, 'No builds yet.');
  return el('table', { id: 'builds' },
    el('thead', {}, el('tr', {}, ['Build', 'File', 'Target', 'Status', 'Submitted'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, builds.map((b) => el('tr', {},
      el('td', {}, el('a', { href: `#/builds/${b.id}`, title: b.id }, el('code', {}, b.id.slice(0, 8)))),
      el('td', {}, b.uploadName && b.uploadName !== b.entry ? `${b.uploadName} (${b.entry})` : b.entry),
      el('td', {}, b.target),
      el('td', {}, badge(b.status)),
      el('td', {}, formatTime(b.createdMs))))));
}

function refreshEvery(main, ms, signal) {
  const timer = setInterval(async () => {
    try {
      const fresh = await recentBuilds();
      main.querySelector('#builds')?.replaceWith(fresh);
    } catch {
      // a failed refresh keeps the last list; the next one tries again
    }
  }, ms);
  signal.addEventListener('abort', () => clearInterval(timer));
}

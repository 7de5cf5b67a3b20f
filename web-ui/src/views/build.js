// One build: status, the four stages live, diagnostics with source and carets, the artifact, and
// for WebAssembly builds a run in the page.
import { cancelBuild, downloadArtifact, getBuild, watchBuild } from '../api.js';
import { layoutDiagnostic } from '../diagnostics.js';
import { badge, el, formatBytes, formatMs, formatTime } from '../dom.js';
import { runWasi } from '../wasi.js';

const STAGES = ['PARSE', 'LOWER', 'CODEGEN', 'LINK'];
const FINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

export async function showBuild(main, id, signal) {
  const view = el('section', { class: 'build' });
  // The view is redrawn on every event; screen readers hear only this line when it changes.
  const announcer = el('p', { class: 'visually-hidden', role: 'status' });
  main.append(el('p', {}, el('a', { href: '#/' }, '← New build')), announcer, view);
  // Each event says something changed; the build document is the one source of what to show.
  // Fetches overlap when events come fast: an answer older than the one on screen is dropped.
  let asked = 0;
  let shown = 0;
  const refresh = async () => {
    const n = ++asked;
    const build = await getBuild(id);
    if (n < shown || signal.aborted) return build;
    shown = n;
    render(view, build);
    announce(announcer, build);
    return build;
  };
  const first = await refresh();
  if (FINAL.has(first.status)) return;
  await watchBuild(id, () => {
    refresh().catch(() => {}); // a failed refresh is repaired by the next one, or the last below
  }, signal).catch((e) => {
    if (e.name !== 'AbortError') throw e;
  });
  if (!signal.aborted) await refresh();
}

function announce(announcer, build) {
  const running = (build.stages ?? []).find((s) => s.status === 'RUNNING');
  const text = running && !FINAL.has(build.status) ? `${running.name} stage running` : `Build ${build.status.toLowerCase()}`;
  if (announcer.textContent !== text) announcer.textContent = text;
}

function render(view, build) {
  const runner = view.querySelector('.runner'); // keep a finished run's output across refreshes
  // Re-rendering replaces the elements; a keyboard user's focus must not fall back to <body>.
  const focused = view.contains(document.activeElement) ? document.activeElement.id : '';
  view.replaceChildren(...[ // replaceChildren would show a null as the text "null"
    el('h1', {}, 'Build ', el('code', {}, build.id), ' ', badge(build.status)),
    el('p', { class: 'muted' }, [build.entry, build.target, build.opt, formatTime(build.createdMs)]
      .filter(Boolean).join(' · ')),
    stages(build),
    build.reason ? el('p', { class: 'error' }, build.reason) : null,
    diagnostics(build.diagnostics ?? []),
    build.status === 'SUCCEEDED' && build.artifact ? artifact(build, runner) : null,
    FINAL.has(build.status) ? null : el('button', {
      type: 'button', class: 'secondary', id: 'cancel', onclick: () => cancelBuild(build.id).catch(report(view)),
    }, 'Cancel build')].filter(Boolean));
  if (focused) document.getElementById(focused)?.focus();
}

function stages(build) {
  const byName = new Map((build.stages ?? []).map((s) => [s.name.toUpperCase(), s]));
  return el('ol', { class: 'stages', 'aria-label': 'Stages' }, STAGES.map((name) => {
    const s = byName.get(name) ?? { status: 'PENDING' };
    return el('li', { class: `stage stage-${String(s.status).toLowerCase()}`, 'data-stage': name },
      el('span', { class: 'stage-name' }, name.toLowerCase()),
      badge(s.status),
      el('span', { class: 'muted' }, [formatMs(s.durationMs), s.cacheHit ? 'cache hit' : ''].filter(Boolean).join(' · ')));
  }));
}

function diagnostics(list) {
  if (list.length === 0) return null;
  return el('section', { class: 'diagnostics' }, el('h2', {}, 'Diagnostics'), list.map((d) => {
    const l = layoutDiagnostic(d);
    return el('pre', { class: 'diagnostic' },
      l.location ? `  ${l.location}\n` : '',
      l.source ? `    ${l.source}\n` : '',
      l.carets ? el('span', { class: 'caret' }, `    ${l.caretPad}${l.carets}\n`) : '',
      el('strong', {}, l.summary));
  }));
}

function artifact(build, oldRunner) {
  const a = build.artifact;
  const wasm = build.target === 'wasm';
  const download = el('button', { type: 'button', class: 'primary', id: 'download', onclick: (e) => save(build).catch(report(e.currentTarget.parentElement)) },
    'Download ', el('code', {}, a.filename));
  return el('section', { class: 'artifact' },
    el('h2', {}, 'Artifact'),
    el('dl', {},
      el('dt', {}, 'Size'), el('dd', { id: 'artifact-size' }, a.size < 1024 ? formatBytes(a.size) : `${formatBytes(a.size)} (${a.size} bytes)`),
      el('dt', {}, 'SHA-256'), el('dd', {}, el('code', { id: 'artifact-sha256' }, a.sha256))),
    download,
    wasm ? oldRunner ?? runner(build) : null);
}

/** Shows why an action failed at the end of `where` (one message at a time). */
function report(where) {
  return (e) => {
    where.querySelector(':scope > .action-error')?.remove();
    where.append(el('p', { class: 'error action-error', role: 'alert' }, `Failed: ${e.message}`));
  };
}

// The artifact needs the bearer token, so it is fetched here and handed to the browser as a blob.
async function save(build) {
  const blob = await downloadArtifact(build.id);
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: build.artifact.filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000); // the download has its own copy by then
}

function runner(build) {
  const args = el('input', { id: 'run-args', placeholder: 'arguments', spellcheck: 'false' });
  const output = el('pre', { class: 'output', id: 'run-output', 'aria-live': 'polite' });
  const status = el('p', { id: 'run-status', class: 'muted' });
  const button = el('button', { type: 'button', id: 'run-button', onclick: () => run() }, 'Run');
  const run = async () => {
    button.disabled = true;
    output.replaceChildren();
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      let module;
      try {
        module = await WebAssembly.compile(await (await downloadArtifact(build.id)).arrayBuffer());
      } catch (e) {
        status.textContent = `Could not load the module: ${e.message}`;
        return;
      }
      const code = await runWasi(module, {
        args: [build.entry, ...args.value.split(/\s+/).filter(Boolean)],
        stdout: (t) => output.append(t),
        stderr: (t) => output.append(el('span', { class: 'stderr' }, t)),
      });
      status.textContent = `Exited with code ${code} in ${formatMs(Math.round(performance.now() - started))}`;
    } catch (e) {
      status.textContent = `The module trapped: ${e.message}`;
    } finally {
      button.disabled = false;
    }
  };
  return el('div', { class: 'runner' },
    el('h2', {}, 'Run in this page'),
    el('p', { class: 'row' }, el('label', { for: 'run-args' }, 'Arguments'), args, button),
    status, output);
}

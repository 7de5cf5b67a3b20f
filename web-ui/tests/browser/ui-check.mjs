// The web UI in a real browser (Debian's Chromium driven by playwright-core) against a running
// api-svc. It works the page the way a person does — keyboard for the first build, drag and drop
// of a zip for the second, the file input for the third — checks what only the browser can tell
// (focus, live stage updates, no horizontal scrolling at 375 px, no page errors) and writes what
// it saw to a JSON file. Comparisons with CPython and with the API are made by the JUnit test that
// runs this script (tests/browser), so expected values never live here.
//
// usage: node tests/browser/ui-check.mjs SPEC.json
//   SPEC: {url, chromium, screenshots, work, result, token?,
//          native: {file}, wasm: {file, entry}, syntaxError: {file}}
// Exit code 0: every step ran and every check held; 1: a check failed (the reason is printed and a
// screenshot "failure.png" saved); 2: bad usage.

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';

// Flags for a quiet, reproducible headless run: nothing fetched in the background, no GPU.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUILD_TIMEOUT_MS = 240_000;
const NARROW = { width: 375, height: 812 };

class CheckFailed extends Error {}

function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

function log(message) {
  console.log(`ui-check: ${message}`);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// Runs in the page before its own scripts: records each distinct set of stage states the page
// shows, so the test can tell the stages were updated live and not only drawn at the end.
function recordStages() {
  window.__stageLog = [];
  new MutationObserver(() => {
    const items = [...document.querySelectorAll('.stages .stage')];
    if (items.length === 0) return;
    const shown = items.map((li) => `${li.dataset.stage}:${li.querySelector('.badge')?.textContent}`).join(' ');
    if (window.__stageLog.at(-1) !== shown) window.__stageLog.push(shown);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Starts the stage record afresh: the next build page is a new story. */
function forgetStages(page) {
  return page.evaluate(() => { window.__stageLog = []; });
}

/** What has keyboard focus, in words: "button#run-button", "label#drop", … */
function describeFocus(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    return `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${a.type === 'radio' ? `[${a.value}]` : ''}`;
  });
}

/** Presses Tab until `wanted` has focus; returns the stops on the way (the last one is `wanted`). */
async function tabTo(page, wanted, most = 12) {
  const stops = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    stops.push(await describeFocus(page));
    if (stops.at(-1) === wanted) return stops;
  }
  throw new CheckFailed(`Tab never reached ${wanted}; focus went ${stops.join(' → ')}`);
}

async function focusRing(page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
}

/** Signs in through the page's own dialog if the API asks for a token. */
async function answerTokenDialog(page, token) {
  await page.waitForSelector('#build-form, #token-dialog[open]', { timeout: 30_000 });
  if (!(await page.isVisible('#token-dialog'))) return false;
  check(token, 'the API asked for a token and the test has none');
  check(await describeFocus(page) === 'input#token-input', 'the token dialog opened without focus in its field');
  await page.fill('#token-input', token);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#build-form');
  return true;
}

/** Waits for the build page to show a final status; returns what it shows. */
async function finishedBuild(page) {
  await page.waitForURL(/#\/builds\/[\w-]+$/, { timeout: 30_000 });
  const id = page.url().match(/#\/builds\/([\w-]+)$/)[1];
  await page.waitForFunction(
    () => /^(SUCCEEDED|FAILED|CANCELLED)$/.test(document.querySelector('.build h1 .badge')?.textContent ?? ''),
    null, { timeout: BUILD_TIMEOUT_MS });
  return page.evaluate((buildId) => ({
    id: buildId,
    status: document.querySelector('.build h1 .badge').textContent,
    stages: Object.fromEntries([...document.querySelectorAll('.stages .stage')]
      .map((li) => [li.dataset.stage, li.querySelector('.badge').textContent])),
    stageLog: window.__stageLog,
    reason: document.querySelector('.build > p.error')?.textContent ?? null,
  }), id);
}

/** True when some stage had finished while another had not: the page moved during the build. */
function sawProgress(stageLog) {
  return stageLog.some((shown) => /:SUCCEEDED/.test(shown) && /:(PENDING|RUNNING)/.test(shown));
}

async function screenshot(page, spec, name, shots) {
  const path = join(spec.screenshots, name);
  await page.screenshot({ path, fullPage: true });
  shots.push(path);
  log(`screenshot ${path}`);
}

async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function runInPage(page) {
  await page.click('#run-button');
  await page.waitForFunction(() => /^(Exited|The module trapped)/.test(document.getElementById('run-status')?.textContent ?? ''),
    null, { timeout: 60_000 });
  return page.evaluate(() => {
    const out = document.getElementById('run-output');
    let stdout = '';
    let stderr = '';
    for (const node of out.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) stdout += node.textContent;
      else stderr += node.textContent;
    }
    const status = document.getElementById('run-status').textContent;
    const code = status.match(/^Exited with code (\d+)/);
    return { stdout, stderr, status, exitCode: code ? Number(code[1]) : null };
  });
}

async function nativeBuildByKeyboard(page, spec, result, shots) {
  log('native build, keyboard only');
  await page.evaluate(() => document.activeElement?.blur());
  const toDrop = await tabTo(page, 'label#drop');
  check(!toDrop.includes('input#file'), `the invisible file input took focus: ${toDrop.join(' → ')}`);
  const ring = await focusRing(page);
  check(ring.style !== 'none' && ring.width >= 2, `the drop zone shows no focus ring: ${JSON.stringify(ring)}`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  await chooser.setFiles(spec.native.file);
  const chosen = await page.textContent('#drop .chosen');
  check(chosen.includes(basename(spec.native.file)), `the chosen file is not shown: "${chosen}"`);
  const toBuild = await tabTo(page, 'button#build-button');
  await forgetStages(page);
  await page.keyboard.press('Enter');
  const build = await finishedBuild(page);
  check(build.status === 'SUCCEEDED', `the native build ended ${build.status}: ${build.reason}`);
  check(Object.values(build.stages).every((s) => s === 'SUCCEEDED'), `stages: ${JSON.stringify(build.stages)}`);
  check(sawProgress(build.stageLog), `the stages were not updated live: ${JSON.stringify(build.stageLog)}`);
  const focusAfterSubmit = await describeFocus(page);

  const shown = {
    sha256: (await page.textContent('#artifact-sha256')).trim(),
    size: (await page.textContent('#artifact-size')).trim(),
  };
  await page.focus('#download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const saved = join(spec.work, download.suggestedFilename());
  await download.saveAs(saved);
  const bytes = await readFile(saved);
  const downloaded = { filename: download.suggestedFilename(), path: saved, size: bytes.length, sha256: sha256(bytes) };
  check(downloaded.sha256 === shown.sha256, `downloaded sha256 ${downloaded.sha256}, page shows ${shown.sha256}`);
  await screenshot(page, spec, 'native-build.png', shots);
  result.keyboard = { toDrop, dropFocusRing: ring, toBuild, focusAfterSubmit };
  result.native = { ...build, shown, downloaded };
}

async function wasmBuildByDrop(page, spec, result, shots) {
  log('WebAssembly build of a zip, dropped on the page, run in the page');
  await page.click('a[href="#/"]');
  await page.waitForSelector('#build-form');
  const zip = (await readFile(spec.wasm.file)).toString('base64');
  await page.evaluate(({ name, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], name, { type: 'application/zip' }));
    const drop = document.getElementById('drop');
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { name: basename(spec.wasm.file), base64: zip });
  check(await page.isVisible('#entry'), 'a zip was dropped but the entry field stayed hidden');
  await page.fill('#entry', spec.wasm.entry);
  await page.check('#target-wasm');
  await page.selectOption('#opt', 'O0');
  await forgetStages(page);
  await page.click('#build-button');
  const build = await finishedBuild(page);
  check(build.status === 'SUCCEEDED', `the WebAssembly build ended ${build.status}: ${build.reason}`);
  const run = await runInPage(page);
  check(run.exitCode !== null, `the module did not exit normally: ${run.status}`);
  await screenshot(page, spec, 'wasm-run.png', shots);
  result.wasm = { ...build, artifactSha256: (await page.textContent('#artifact-sha256')).trim(), run };
}

async function syntaxError(page, spec, result, shots) {
  log('a syntax error');
  await page.click('a[href="#/"]');
  await page.waitForSelector('#build-form');
  await page.setInputFiles('#file', spec.syntaxError.file);
  await page.check('#target-native');
  await forgetStages(page);
  await page.click('#build-button');
  const build = await finishedBuild(page);
  check(build.status === 'FAILED', `the build of a syntax error ended ${build.status}`);
  const diagnostic = await page.textContent('.diagnostic');
  const caretLine = await page.textContent('.diagnostic .caret').catch(() => null);
  check(caretLine && caretLine.includes('^'), `no caret line under the source: ${JSON.stringify(diagnostic)}`);
  await screenshot(page, spec, 'syntax-error.png', shots);
  result.syntaxError = { ...build, diagnostic, caretLine };
}

async function recentBuilds(page, result) {
  log('recent builds');
  await page.click('a[href="#/"]');
  await page.waitForSelector('table#builds');
  result.recent = await page.$$eval('#builds tbody tr', (rows) => rows.map((r) => ({
    id: r.querySelector('a').getAttribute('href').replace('#/builds/', ''),
    file: r.children[1].textContent,
    target: r.children[2].textContent,
    status: r.children[3].textContent,
  })));
}

async function tokenDialog(page, result) {
  log('token dialog by keyboard');
  await page.focus('#token-button');
  await page.keyboard.press('Enter');
  check(await page.isVisible('#token-dialog'), 'the token dialog did not open');
  const inDialog = await describeFocus(page);
  check(inDialog === 'input#token-input', `the token dialog opened with focus on ${inDialog}`);
  await page.keyboard.press('Escape');
  check(!(await page.isVisible('#token-dialog')), 'Escape did not close the token dialog');
  const back = await describeFocus(page);
  check(back === 'button#token-button', `closing the dialog left focus on ${back}`);
  result.dialog = { focusInDialog: inDialog, focusAfterClose: back };
}

async function narrowWindow(page, spec, result, shots) {
  log(`narrow window, ${NARROW.width} px`);
  await page.setViewportSize(NARROW);
  const views = [
    ['home', '#/', '#build-form', 'narrow-home.png'],
    ['wasm', `#/builds/${result.wasm.id}`, '#run-button', 'narrow-wasm-run.png'],
    ['syntaxError', `#/builds/${result.syntaxError.id}`, '.diagnostic', 'narrow-syntax-error.png'],
  ];
  result.narrow = {};
  for (const [name, hash, ready, file] of views) {
    await page.goto(new URL(hash, spec.url).href);
    await page.waitForSelector(ready);
    if (name === 'wasm') await runInPage(page);
    const overflow = await horizontalOverflow(page);
    await screenshot(page, spec, file, shots);
    check(overflow <= 0, `${name} scrolls sideways by ${overflow} px at ${NARROW.width} px`);
    result.narrow[name] = { overflow };
  }
}

async function main() {
  if (process.argv.length !== 3) {
    console.error('usage: node tests/browser/ui-check.mjs SPEC.json');
    process.exit(2);
  }
  const spec = JSON.parse(await readFile(process.argv[2], 'utf8'));
  await mkdir(spec.screenshots, { recursive: true });
  await mkdir(spec.work, { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), 'molt-chromium-')); // a fresh --user-data-dir
  const result = { screenshots: [], pageErrors: [], consoleErrors: [] };
  const shots = result.screenshots;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: spec.chromium, headless: true, args: FLAGS, acceptDownloads: true,
    viewport: { width: 1280, height: 900 }, timeout: 60_000,
  });
  let page;
  let status = 0;
  try {
    await context.addInitScript(recordStages);
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    // Listening from the start turns Chromium's file chooser interception on before the first
    // Enter on the drop zone: turned on only by waitForEvent, it can come too late for the press.
    page.on('filechooser', () => {});
    page.on('pageerror', (e) => result.pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
    result.browser = context.browser()?.version() ?? null;
    await page.goto(spec.url);
    result.askedForToken = await answerTokenDialog(page, spec.token);
    const contentTypes = {};
    for (const path of ['', 'style.css', 'src/app.js']) {
      contentTypes[path || '/'] = (await page.request.get(new URL(path, spec.url).href)).headers()['content-type'];
    }
    result.contentTypes = contentTypes;

    await nativeBuildByKeyboard(page, spec, result, shots);
    await wasmBuildByDrop(page, spec, result, shots);
    await syntaxError(page, spec, result, shots);
    await recentBuilds(page, result);
    await tokenDialog(page, result);
    await narrowWindow(page, spec, result, shots);
    check(result.pageErrors.length === 0, `the page threw: ${result.pageErrors.join('; ')}`);
    log('every step passed');
  } catch (e) {
    status = 1;
    result.failure = e instanceof CheckFailed ? e.message : `${e.name}: ${e.message}`;
    console.error(`ui-check: FAILED: ${result.failure}`);
    if (page) await screenshot(page, spec, 'failure.png', shots).catch(() => {});
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await writeFile(spec.result, JSON.stringify(result, null, 2));
    log(`result in ${spec.result}`);
  }
  process.exit(status);
}

await main();

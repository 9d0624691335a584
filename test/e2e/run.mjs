#!/usr/bin/env node
// End-to-end test of the packaged extension in a real VS Code workbench: code-server (VS Code
// 1.100 served to a browser, with a real Node extension host) driven through Debian's Chromium
// by playwright-core. `npm run test:e2e`.
//
// It packages the VSIX, installs it into a fresh code-server profile under a scratch folder,
// copies each seed policy of ../shared/corpus/seeds (or invented ones when that is absent) into
// its own folder as SECURITY.md, and checks what a person would see: the Problems panel, the
// light bulb, a snippet, the security.txt preview, the compliance report, the language status item
// with "Show output" and "Restart server", "Create security policy" in a git repository without a
// policy, and how long a diagnostic takes to appear.
// Screenshots go to test-results/e2e/. Needs what scripts/e2e-setup.mjs installs; runs it when
// something is missing (E2E_NO_SETUP=1: fail instead). E2E_KEEP_SCRATCH=1 keeps the scratch folder;
// E2E_SEEDS_DIR reads the seeds from another folder.

/* global document, window, performance, MutationObserver */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_VERSION, missingTools } from '../../scripts/e2e-setup.mjs';
import { freePort, groupMembers, installExtension, launchChromium, processesMentioning, startCodeServer } from './lib/code-server.mjs';
import { loadSeeds, sizedPolicy } from './lib/fixtures.mjs';
import { packageFloorExtension } from './lib/floor.mjs';
import * as wb from './lib/workbench.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(ROOT, 'test-results', 'e2e');
// E2E_SEEDS_DIR overrides where the seeds are read from (a missing folder: the invented ones).
const SEEDS_DIR = resolve(process.env.E2E_SEEDS_DIR || join(ROOT, '..', 'shared', 'corpus', 'seeds'));
const started = Date.now();
const timings = [];

function timed(label, since) {
  const ms = Date.now() - since;
  timings.push([label, ms]);
  console.log(`[e2e] ${label}: ${(ms / 1000).toFixed(1)} s`);
}

// What the test needs from outside the project: install it, or say how to.
{
  const missing = missingTools();
  if (missing.length > 0) {
    if (process.env.E2E_NO_SETUP) {
      console.error(`[e2e] missing: ${missing.join('; ')}.\n[e2e] Run \`node scripts/e2e-setup.mjs\` first.`);
      process.exit(1);
    }
    console.log(`[e2e] missing: ${missing.join('; ')}; running scripts/e2e-setup.mjs`);
    const since = Date.now();
    const setup = spawnSync(process.execPath, [join(ROOT, 'scripts', 'e2e-setup.mjs')], { stdio: 'inherit' });
    if (setup.status !== 0 || missingTools().length > 0) {
      console.error(`[e2e] scripts/e2e-setup.mjs failed; still missing: ${missingTools().join('; ')}`);
      process.exit(1);
    }
    timed('setup', since);
  }
}

const { source: seedSource, seeds } = loadSeeds(SEEDS_DIR);
const core = () => createRequire(import.meta.url)(join(ROOT, 'dist', 'core.js'));

const state = { scratch: undefined, server: undefined, context: undefined, page: undefined, stopped: false };
const FOLDERS = {};

function lineOf(text, offset) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** What the linter itself finds, as the Problems panel shows it (no hints there). */
function linterFindings(text) {
  return core()
    .lint(text)
    .filter((f) => f.severity !== 'hint')
    .map((f) => ({ code: f.code, line: lineOf(text, f.start), severity: f.severity, fixes: f.fixes ?? [] }));
}

const key = (m) => `${m.line}:${m.code}:${m.severity}`;
const sortedKeys = (ms) => ms.map(key).sort();

async function screenshot(name) {
  if (!state.page) return;
  await state.page.screenshot({ path: join(RESULTS, name) });
}

/** Runs `fn`, saving a screenshot when it throws. */
async function shotOnFailure(name, fn) {
  try {
    return await fn();
  } catch (error) {
    await screenshot(`failure-${name}.png`).catch(() => undefined);
    throw error;
  }
}

/** Loads the workbench on a prepared folder and opens its SECURITY.md. */
async function openPolicy(folder, file = 'SECURITY.md') {
  await wb.openFolder(state.page, state.server.url, FOLDERS[folder], file);
  await wb.openFile(state.page, file);
  await wb.showProblems(state.page);
}

/**
 * Loads the workbench on a prepared folder without a policy, with its README.md open, and waits
 * for the offer to create one: { dir, offer } (the folder's path and the offer's notification).
 */
async function openWithoutPolicy(folder) {
  const dir = FOLDERS[folder];
  await wb.openFolder(state.page, state.server.url, dir, 'README.md');
  const offer = await wb.waitForNotification(state.page, 'has no security policy');
  return { dir, offer };
}

function writeFolder(name, text, file = 'SECURITY.md') {
  const dir = join(state.scratch, 'workspaces', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  FOLDERS[name] = dir;
  return dir;
}

/** A git repository with a GitHub origin, these tags and no policy: the extension offers to create one. */
function writeRepoFolder(name, tags = []) {
  const dir = join(state.scratch, 'workspaces', name);
  mkdirSync(join(dir, '.git', 'refs', 'tags'), { recursive: true });
  writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n\turl = https://github.com/acme/widgets.git\n');
  for (const tag of tags) writeFileSync(join(dir, '.git', 'refs', 'tags', tag), `${'0'.repeat(40)}\n`);
  writeFileSync(join(dir, 'README.md'), '# Widgets\n');
  FOLDERS[name] = dir;
  return dir;
}

async function stopAll() {
  if (state.stopped) return;
  state.stopped = true;
  const since = Date.now();
  await state.context?.close().catch((error) => console.error(`[e2e] closing Chromium: ${error.message}`));
  await state.server?.stop();
  if (state.server || state.context) timed('stop Chromium and code-server', since);
}

/** Processes this run started that are still there: by process group and by scratch folder. */
function leftovers() {
  const found = new Set();
  if (state.server) for (const pid of groupMembers(state.server.pid)) found.add(`${pid} (code-server's process group)`);
  if (state.scratch) for (const line of processesMentioning(state.scratch)) found.add(line);
  const ps = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  for (const line of ps.stdout.split('\n').filter((l) => l.trim() && !/\bps -o pid=/.test(l))) found.add(`${line.trim()} (child)`);
  return [...found];
}

// Interrupted (node's test runner exits on SIGINT and SIGTERM), or ended any other way: the
// 'exit' handlers kill code-server's process group and Chromium; this removes the scratch folder.
process.on('exit', () => {
  if (!state.scratch || process.env.E2E_KEEP_SCRATCH) return;
  try {
    rmSync(state.scratch, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    console.error(`[e2e] could not remove ${state.scratch}: ${error.message}`);
  }
});

const policyWithContacts = seeds.find((s) => s.rows.some((r) => r.rule === 'contact'));
const policyWithVagueSla = seeds.find((s) => s.rows.some((r) => r.rule === 'vague-sla' && r.expect === 'fires' && r.line > 0));
const policyWithoutTimeline = seeds.find((s) => s.rows.some((r) => r.rule === 'missing-response-time' && r.expect === 'fires'));
const CREATE_EMAIL_TAGS = ['v1.4.0', 'v2.0.0'];
/** The profile of the compliance report's folder: its one requirement, a contact, the policy meets. */
const COMPLIANCE_PROFILE = 'openssf-baseline-1';
/** Keystroke-to-squiggle samples per file; the median is reported. */
const LATENCY_SAMPLES = 5;

const SIZES = [
  ['5 KB', 5 * 1024],
  ['100 KB', 100 * 1024],
];

describe(`SECURITY.md Linter in VS Code ${CODE_SERVER_VERSION} (code-server) with Chromium`, { timeout: 9 * 60_000 }, () => {
  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    state.scratch = mkdtempSync(join(tmpdir(), 'security-md-e2e-'));
    console.log(`[e2e] scratch folder: ${state.scratch}; seeds from ${seedSource}`);

    let since = Date.now();
    const vsix = join(state.scratch, 'security-md.vsix');
    const pack = spawnSync(process.execPath, ['scripts/package-vsix.mjs', 'package', '-o', vsix], { cwd: ROOT, encoding: 'utf8' });
    if (pack.status !== 0 || !existsSync(vsix)) throw new Error(`vsce package failed (${pack.status}):\n${pack.stdout}\n${pack.stderr}`);
    console.log(`[e2e] ${(pack.stdout.match(/DONE.*$/m) ?? [''])[0].trim()}`);
    timed('package the VSIX (vsce, minified build)', since);

    since = Date.now();
    const userDataDir = join(state.scratch, 'user-data');
    const extensionsDir = join(state.scratch, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(
      join(userDataDir, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'git.enabled': false,
        },
        null,
        2,
      ),
    );
    installExtension({ scratch: state.scratch, userDataDir, extensionsDir, vsix });
    timed('install the VSIX into code-server', since);
    since = Date.now();
    installExtension({ scratch: state.scratch, userDataDir, extensionsDir, vsix: await packageFloorExtension(state.scratch) });
    timed('package and install the latency floor extension', since);

    for (const seed of seeds) writeFolder(seed.name.replace(/\.md$/, ''), seed.text);
    if (policyWithVagueSla) writeFolder('quickfix', policyWithVagueSla.text);
    if (policyWithoutTimeline) writeFolder('snippet', policyWithoutTimeline.text);
    if (policyWithContacts) {
      writeFolder('preview', policyWithContacts.text);
      const dir = writeFolder('compliance', policyWithContacts.text);
      mkdirSync(join(dir, '.vscode'));
      writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'securityMd.profiles': [COMPLIANCE_PROFILE] }));
    }
    for (const [label, bytes] of SIZES) {
      writeFolder(`latency-${label.replace(' ', '')}`, sizedPolicy(bytes).text);
      writeFolder(`floor-${label.replace(' ', '')}`, sizedPolicy(bytes).text, 'FLOOR.md');
    }
    writeFolder('status', seeds[0].text);
    for (const name of ['create-repo', 'create-cancel']) writeRepoFolder(name);
    writeRepoFolder('create-email', CREATE_EMAIL_TAGS);

    since = Date.now();
    state.server = await startCodeServer({
      scratch: state.scratch,
      port: await freePort(),
      userDataDir,
      extensionsDir,
      logFile: join(RESULTS, 'code-server.log'),
    });
    timed(`start code-server (${state.server.url}, process group ${state.server.pid})`, since);

    since = Date.now();
    state.context = await launchChromium(state.scratch);
    state.page = state.context.pages()[0] ?? (await state.context.newPage());
    state.page.setDefaultTimeout(wb.WAIT);
    timed('launch Chromium', since);
  });

  after(async () => {
    await stopAll();
    const left = leftovers();
    if (left.length) console.error(`[e2e] LEFTOVER PROCESSES:\n${left.join('\n')}`);
    timed('whole run', started);
    console.log(`[e2e] timings: ${timings.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)} s`).join('; ')}`);
  });

  for (const seed of seeds) {
    const fires = seed.rows.filter((r) => r.expect === 'fires' && r.rule !== 'contact');
    const silent = seed.rows.filter((r) => r.expect === 'silent' && r.rule !== 'contact');
    const contacts = seed.rows.filter((r) => r.rule === 'contact' && r.expect === 'fires').map((r) => `Contact: ${r.evidence}`);

    test(`${seed.name}: the Problems panel shows its expected findings, and the preview its Contact lines`, async (t) => {
      await shotOnFailure(seed.name, async () => {
        const page = state.page;
        const since = Date.now();
        await openPolicy(seed.name.replace(/\.md$/, ''));
        const expected = linterFindings(seed.text);
        // The panel fills when the server answers: wait for exactly what the linter finds.
        const shown = await wb
          .waitForProblems(page, (ms) => sortedKeys(ms).join() === sortedKeys(expected).join(), {
            what: `the linter's findings ${JSON.stringify(sortedKeys(expected))}`,
            timeout: 30_000,
          })
          .catch(async () => (await wb.readProblems(page))['SECURITY.md']?.markers ?? []);
        t.diagnostic(`${Date.now() - since} ms from loading the workbench to the findings; shown: ${sortedKeys(shown).join(', ')}`);
        await screenshot(`diagnostics-${seed.name.replace(/\.md$/, '')}.png`);
        if (seed === seeds[0]) await screenshot('diagnostics.png');

        for (const row of fires) {
          const at = shown.filter((m) => m.code === row.rule && (row.line === 0 || m.line === row.line));
          assert.ok(
            at.length > 0,
            `${row.rule} should fire${row.line ? ` on line ${row.line}` : ''} (${JSON.stringify(row.evidence)}); shown: ${sortedKeys(shown)}`,
          );
        }
        for (const row of silent) {
          const found = shown.filter((m) => m.code === row.rule);
          assert.deepEqual(found, [], `${row.rule} should be silent (${JSON.stringify(row.evidence)})`);
        }
        const extra = shown.filter((m) => !fires.some((r) => r.rule === m.code && (r.line === 0 || r.line === m.line)));
        if (extra.length) t.diagnostic(`shown but not in the expected rows: ${sortedKeys(extra).join(', ')}`);
        // Exactly: the panel shows every finding of the linter and nothing else.
        assert.deepEqual(sortedKeys(shown), sortedKeys(expected), 'the Problems panel and the linter disagree');

        await wb.runCommand(page, 'SECURITY.md: Preview security.txt');
        const preview = await waitForPreview(page, (text) =>
          contacts.length ? contacts.every((c) => text.includes(c)) : text.includes('# No security.txt can be generated'),
        );
        const shownContacts = preview.split('\n').filter((l) => l.startsWith('Contact:'));
        t.diagnostic(`preview: ${shownContacts.length ? shownContacts.join(', ') : preview.split('\n')[0]}`);
        for (const c of contacts) assert.ok(shownContacts.includes(c), `the preview should have ${c}; it has ${shownContacts}`);
        if (fires.some((r) => r.rule === 'no-contact')) assert.match(preview, /No security\.txt can be generated/);
      });
    });
  }

  test(
    'a quick fix from the light bulb replaces a vague promise and its diagnostic goes away',
    { skip: !policyWithVagueSla },
    async (t) => {
      await shotOnFailure('quickfix', async () => {
        const page = state.page;
        const line = policyWithVagueSla.rows.find((r) => r.rule === 'vague-sla' && r.expect === 'fires' && r.line > 0).line;
        const finding = linterFindings(policyWithVagueSla.text).find((f) => f.code === 'vague-sla' && f.line === line);
        assert.ok(finding, `the linter finds vague-sla on line ${line}`);
        const preferred = finding.fixes.find((f) => f.isPreferred);
        assert.ok(
          preferred && /^Replace /.test(preferred.title),
          `vague-sla has a preferred "Replace" fix: ${JSON.stringify(finding.fixes)}`,
        );
        const newText = preferred.edits[0].newText;

        await openPolicy('quickfix');
        const before = await wb.waitForProblems(page, (ms) => ms.some((m) => m.code === 'vague-sla' && m.line === line), {
          what: `vague-sla on line ${line}`,
        });
        await wb.revealProblem(page, 'vague-sla', line);
        await wb.openQuickFix(page, line, preferred.title, {
          onRetry: (attempt, seen) => t.diagnostic(`Quick Fix menu, ${seen}; trying again`),
        });
        const offered = await page.locator('.action-widget .monaco-list-row.action').allInnerTexts();
        t.diagnostic(`light bulb offers: ${offered.map((s) => s.trim()).join(' | ')}`);
        assert.equal(offered[0].trim(), preferred.title, 'the preferred fix comes first');
        await screenshot('quickfix.png');
        // Choose it with the keyboard (the menu blocks the pointer until the mouse moves).
        await selectMenuItem(page, '.action-widget', preferred.title);
        await page.keyboard.press('Enter');
        await page.locator('.action-widget').waitFor({ state: 'hidden' });

        await page.locator('.editor-group-container.active .view-line', { hasText: newText }).first().waitFor();
        const afterFix = await wb.waitForProblems(page, (ms) => !ms.some((m) => m.code === 'vague-sla' && m.line === line), {
          what: `vague-sla on line ${line} to go away`,
        });
        await screenshot('quickfix-applied.png');
        assert.deepEqual(
          sortedKeys(afterFix),
          sortedKeys(before.filter((m) => !(m.code === 'vague-sla' && m.line === line))),
          'only the fixed diagnostic went away',
        );
        // Saved, the file has the concrete time instead of the vague phrase.
        await wb.focusFirstEditor(page);
        await page.keyboard.press('Control+S');
        const file = join(FOLDERS.quickfix, 'SECURITY.md');
        const saved = await pollFor(() => {
          const text = readFileSync(file, 'utf8');
          return text !== policyWithVagueSla.text ? text : undefined;
        }, 'the fixed policy to be saved');
        const fixedLine = saved.split('\n')[line - 1];
        assert.ok(fixedLine.includes(newText), `line ${line} reads ${JSON.stringify(fixedLine)}`);
        t.diagnostic(`line ${line} now reads: ${fixedLine.trim()}`);
      });
    },
  );

  test('the secmd-response snippet inserts a Response Timeline section', { skip: !policyWithoutTimeline }, async (t) => {
    await shotOnFailure('snippet', async () => {
      const page = state.page;
      await openPolicy('snippet');
      await wb.waitForProblems(page, (ms) => ms.some((m) => m.code === 'missing-response-time'), { what: 'missing-response-time' });
      await wb.focusFirstEditor(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('secmd-response');
      // Markdown has no quick suggestions by default: ask for them (Ctrl+Space), then Tab.
      await page.keyboard.press('Control+Space');
      const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'secmd-response' }).first();
      await suggestion.waitFor();
      t.diagnostic(`suggestion: ${await suggestion.getAttribute('aria-label')}`);
      await page.keyboard.press('Tab');
      await page.locator('.editor-group-container.active .view-line', { hasText: '## Response Timeline' }).first().waitFor();
      await page.keyboard.press('Escape'); // leave the snippet's choice placeholders
      const text = await wb.editorText(page, 0);
      assert.match(text, /## Response Timeline\n\n- We acknowledge every report within \S/);
      assert.doesNotMatch(text, /secmd-response/, 'the prefix was replaced');
      await wb.waitForProblems(page, (ms) => !ms.some((m) => m.code === 'missing-response-time'), {
        what: 'missing-response-time to go away',
      });
      await screenshot('snippet.png');
    });
  });

  test('"SECURITY.md: Preview security.txt" opens beside the policy and follows edits', { skip: !policyWithContacts }, async (t) => {
    await shotOnFailure('preview', async () => {
      const page = state.page;
      const contacts = policyWithContacts.rows.filter((r) => r.rule === 'contact').map((r) => `Contact: ${r.evidence}`);
      await openPolicy('preview');
      // The findings say the language server is up and has the policy.
      const expected = sortedKeys(linterFindings(policyWithContacts.text)).join();
      await wb.waitForProblems(page, (ms) => sortedKeys(ms).join() === expected, { what: 'the linter findings' });
      await wb.runCommand(page, 'SECURITY.md: Preview security.txt');
      const first = await waitForPreview(page, (text) => contacts.every((c) => text.includes(c)));
      assert.equal(await page.locator('.editor-group-container').count(), 2, 'the preview opens in a second editor group');
      await page.locator('.editor-group-container').nth(1).locator('.tab', { hasText: 'security.txt' }).waitFor();
      assert.match(first, /^Expires: \d{4}-\d\d-\d\dT/m);
      await screenshot('preview-initial.png');

      await wb.focusFirstEditor(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Email security@new-contact.dev.');
      const updated = await waitForPreview(page, (text) => text.includes('Contact: mailto:security@new-contact.dev'));
      const lines = updated.split('\n').filter((l) => l.startsWith('Contact:'));
      t.diagnostic(`preview after the edit: ${lines.join(', ')}`);
      assert.deepEqual(lines, [...contacts, 'Contact: mailto:security@new-contact.dev'], 'the new address is added after the others');
      await screenshot('preview.png');
    });
  });

  test(
    '"SECURITY.md: Show compliance report" opens the checklist beside the policy; the status shows the score; a line link opens the line',
    { skip: !policyWithContacts },
    async (t) => {
      await shotOnFailure('compliance', async () => {
        const page = state.page;
        const report = core().checkCompliance(core().parsePolicy(policyWithContacts.text), COMPLIANCE_PROFILE);
        const heading = `${report.title}: ${report.met} of ${report.total} met`;
        await openPolicy('compliance');
        const expected = sortedKeys(linterFindings(policyWithContacts.text)).join();
        await wb.waitForProblems(page, (ms) => sortedKeys(ms).join() === expected, { what: 'the linter findings' });
        const label = await wb.waitForLanguageStatus(page, (l) => l.includes(`${report.short} ${report.met}/${report.total}`), {
          what: `the score ${report.short} ${report.met}/${report.total}`,
        });
        t.diagnostic(`language status: ${label}`);

        await wb.runCommand(page, 'SECURITY.md: Show compliance report');
        await page.locator('.editor-group-container').nth(1).locator('.tab', { hasText: 'Compliance: SECURITY.md' }).waitFor();
        const frame = await pollFor(async () => {
          for (const f of page.frames()) {
            const text = await f
              .locator('body')
              .innerText({ timeout: 1000 })
              .catch(() => '');
            if (text.includes(heading)) return f;
          }
          return undefined;
        }, `the report "${heading}" in a webview`);
        const body = await frame.locator('body').innerText();
        t.diagnostic(`report: ${body.split('\n').slice(0, 3).join(' | ')}`);
        for (const r of report.requirements) assert.ok(body.includes(r.title), `the report lists "${r.title}"`);
        await screenshot('compliance-report.png');

        // The first line link opens the policy at that line, in the first group.
        const evidence = report.requirements.find((r) => r.evidence)?.evidence;
        if (evidence) {
          await frame
            .locator('a', { hasText: `line ${evidence.line}` })
            .first()
            .click();
          await wb.waitForCursor(page, evidence.line, 1);
          await wb.activeTab(page, 'SECURITY.md').waitFor();
        }
      });
    },
  );

  test('latency from a keystroke to its diagnostic on a 5 KB and a 100 KB policy, and the floor (printed, not asserted)', async (t) => {
    await shotOnFailure('latency', async () => {
      const report = [];
      const figures = {};
      for (const [label, bytes] of SIZES) {
        const { staleLine, text } = sizedPolicy(bytes);
        const key = label.replace(' ', '');
        // stale-policy on the last line says the linter has read the file; "floor-ready" the floor.
        const ours = await keystrokeLatencies(
          `latency-${key}`,
          'SECURITY.md',
          staleLine,
          (ms) => ms.length === 1 && ms[0].code === 'stale-policy' && ms[0].line === staleLine,
        );
        const floor = await keystrokeLatencies(`floor-${key}`, 'FLOOR.md', staleLine, (ms) => ms.some((m) => m.code === 'floor-ready'));
        const median = (samples, k) => samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
        figures[label] = {
          bytes: Buffer.byteLength(text),
          squiggle: ours.map((s) => s.squiggle),
          problems: ours.map((s) => s.problems),
          floorSquiggle: floor.map((s) => s.squiggle),
          floorProblems: floor.map((s) => s.problems),
          ratio: median(ours, 'squiggle') / Math.max(1, median(floor, 'squiggle')),
        };
        const line = `${label} policy (${figures[label].bytes} bytes): keystroke to squiggle ${figures[label].squiggle.join(' / ')} ms (median ${median(ours, 'squiggle')}), to Problems panel ${figures[label].problems.join(' / ')} ms (median ${median(ours, 'problems')}); floor ${figures[label].floorSquiggle.join(' / ')} ms (median ${median(floor, 'squiggle')}); ratio ${figures[label].ratio.toFixed(2)}`;
        report.push(line);
        t.diagnostic(line);
        console.log(`[e2e] latency: ${line}`);
      }
      writeFileSync(join(RESULTS, 'latency.txt'), report.join('\n') + '\n');
      writeFileSync(join(RESULTS, 'latency.json'), JSON.stringify({ measured: new Date().toISOString(), sizes: figures }, null, 2) + '\n');
    });
  });

  test('the language status item shows the findings and the lint time; "Show output" and "Restart server" work', async (t) => {
    await shotOnFailure('language-status', async () => {
      const page = state.page;
      const { text } = seeds[0];
      await openPolicy('status');
      const expected = sortedKeys(linterFindings(text)).join();
      await wb.waitForProblems(page, (ms) => sortedKeys(ms).join() === expected, { what: 'the linter findings' });
      // The server counts every diagnostic it sends, hints too.
      const count = core().lint(text).length;
      const label = await wb.waitForLanguageStatus(page, (l) => /SECURITY\.md: \d+ findings?/.test(l) && /linted in \d+ ms/.test(l), {
        what: '"SECURITY.md: N findings" and "linted in N ms"',
      });
      t.diagnostic(`language status label: ${label}`);
      const row = await wb.hoverLanguageStatus(page, 'SECURITY.md');
      const shown = (await row.innerText()).replace(/\s+/g, ' ').trim();
      t.diagnostic(`language status hover: ${shown}`);
      assert.match(shown, new RegExp(`SECURITY\\.md: ${count} finding${count === 1 ? '' : 's'}`));
      assert.match(shown, /linted in \d+ ms/);
      await screenshot('language-status.png');

      await row.locator('a', { hasText: 'Show output' }).click();
      // The Output panel, its channel SECURITY.md selected, showing the server's log (\s: Monaco
      // renders spaces as no-break spaces).
      await page.locator('.part.panel .composite-bar .action-item.checked', { hasText: 'Output' }).waitFor();
      await page.waitForFunction(
        () => document.querySelector('.part.panel .title-actions select.monaco-select-box')?.value === 'SECURITY.md',
      );
      await page
        .locator('.part.panel .content .view-line', { hasText: /Linted\sfile:\/\/\S*\/status\/SECURITY\.md/ })
        .first()
        .waitFor();
      await screenshot('language-status-output.png');

      // Restart: the diagnostics go (the client clears them when it stops) and come back.
      await wb.waitForProblems(page, (ms) => sortedKeys(ms).join() === expected, { what: 'the findings before the restart' });
      await page.evaluate(() => {
        const probe = { cleared: false };
        const check = () => {
          const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')];
          if (!rows.some((r) => /problems? in file SECURITY\.md /.test(r.getAttribute('aria-label') ?? ''))) {
            probe.cleared = true;
            observer.disconnect();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        window.__securityMdRestart = probe;
      });
      await wb.runCommand(page, 'SECURITY.md: Restart server');
      await page.waitForFunction(() => window.__securityMdRestart.cleared, null, { timeout: wb.WAIT });
      await wb.waitForProblems(page, (ms) => sortedKeys(ms).join() === expected, { what: 'the findings to come back after the restart' });
      await screenshot('restart-server.png');
    });
  });

  test('the offer for a repository without a policy creates SECURITY.md from the defaults', async (t) => {
    await shotOnFailure('create-policy', async () => {
      const page = state.page;
      const { dir, offer } = await openWithoutPolicy('create-repo');
      t.diagnostic(`offer: ${(await offer.locator('.notification-list-item-message').innerText()).trim()}`);
      await screenshot('create-offer.png');
      await offer.locator('.monaco-button', { hasText: 'Create SECURITY.md' }).click();

      const answers = [
        ['Where should the policy go?', 'SECURITY.md'],
        ['Compliance profiles (optional)', 'GitHub security policy'],
        ['How should people report a vulnerability?', 'GitHub private vulnerability reporting'],
        ['Which versions receive security fixes?', 'The latest release only'],
        ['How soon do you acknowledge a report?', '3 business days'],
        ['When is a vulnerability disclosed at the latest?', '90 days after the report'],
        ['Optional sections', undefined],
      ];
      for (const [title, first] of answers) {
        const rows = await wb.waitForQuickPick(page, title);
        t.diagnostic(`${title} ${rows.map((r) => r.replace(/\s+/g, ' ').trim()).join(' | ')}`);
        if (first) assert.ok(rows[0]?.startsWith(first), `the default of "${title}" is ${first}; it offers ${JSON.stringify(rows)}`);
        if (title.startsWith('How should')) {
          assert.match(rows[0], /acme\/widgets/, 'the repository from .git/config is named');
          await screenshot('create-policy.png');
        }
        await wb.answerQuickPick(page, title);
      }

      const file = join(dir, 'SECURITY.md');
      const written = await pollFor(() => writtenText(file), 'SECURITY.md to be written');
      assert.ok(
        written.includes('https://github.com/acme/widgets/security/advisories/new'),
        `the policy links the advisory form:\n${written}`,
      );
      await wb.activeTab(page, 'SECURITY.md').waitFor();
      // The status item says the server has linted it; the panel shows no error or warning for it.
      const label = await wb.waitForLanguageStatus(page, (l) => /SECURITY\.md: \d+ findings?/.test(l), {
        what: 'the new policy to be linted',
      });
      t.diagnostic(`language status: ${label}`);
      const shown = await wb.waitForProblems(page, () => true, { what: 'the Problems panel' });
      assert.deepEqual(
        shown
          .filter((m) => m.severity === 'error' || m.severity === 'warning')
          .map((m) => `${m.line}:${m.code}:${m.severity} ${m.message}`),
        [],
        'the created policy has no error or warning',
      );
      await screenshot('create-policy-written.png');
    });
  });

  test('the e-mail question: the language server checks the address as it is typed; the tags give the versions', async (t) => {
    await shotOnFailure('create-policy-email', async () => {
      const page = state.page;
      const { dir } = await openWithoutPolicy('create-email');
      await wb.runCommand(page, 'SECURITY.md: Create security policy', { closes: false });
      await wb.answerQuickPick(page, 'Where should the policy go?');
      // No profile picked: the policy of the answers alone.
      await wb.answerQuickPick(page, 'Compliance profiles (optional)');
      const how = 'How should people report a vulnerability?';
      const hows = await wb.waitForQuickPick(page, how);
      assert.ok(hows[2]?.startsWith('E-mail'), `the third way is e-mail: ${JSON.stringify(hows)}`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await wb.answerQuickPick(page, how);

      const title = 'The address that receives security reports';
      await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: wb.WAIT });
      const message = page.locator('.quick-input-widget .quick-input-message');
      await page.keyboard.type('security@acme-widgets.con');
      const expected = 'This address cannot receive mail: ".con" is not a top-level domain (".com" was probably meant).';
      await page.waitForFunction(
        (m) => document.querySelector('.quick-input-widget .quick-input-message')?.textContent?.includes(m),
        expected,
        { timeout: wb.WAIT },
      );
      t.diagnostic(`validation: ${(await message.innerText()).trim()}`);
      await screenshot('create-policy-email.png');
      // Enter does not take an address the server rejects.
      await page.keyboard.press('Enter');
      await delay(500);
      await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: 1000 });
      for (let i = 0; i < 'con'.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('dev');
      await page.waitForFunction(
        () => !/cannot receive mail/.test(document.querySelector('.quick-input-widget .quick-input-message')?.textContent ?? ''),
        null,
        { timeout: wb.WAIT },
      );
      await wb.answerQuickPick(page, title);

      const versions = await wb.waitForQuickPick(page, 'Which versions receive security fixes?');
      assert.ok(versions[0]?.startsWith('2.x yes, < 2.0 no'), `the first choice comes from the tags: ${JSON.stringify(versions)}`);
      for (const question of [
        'Which versions receive security fixes?',
        'How soon do you acknowledge a report?',
        'When is a vulnerability disclosed at the latest?',
        'Optional sections',
      ])
        await wb.answerQuickPick(page, question);

      const file = join(dir, 'SECURITY.md');
      const written = await pollFor(() => writtenText(file), 'SECURITY.md to be written');
      const answers = {
        repository: 'acme/widgets',
        githubAdvisories: false,
        email: 'security@acme-widgets.dev',
        versions: core().versionsFromTags(CREATE_EMAIL_TAGS),
        acknowledgeWithin: '3 business days',
        disclosureDays: 90,
        scope: false,
        safeHarbor: false,
      };
      assert.equal(written, core().createPolicy(answers), 'the policy the core writes for these answers');
      await wb.activeTab(page, 'SECURITY.md').waitFor();
    });
  });

  test('Escape at the first question of "SECURITY.md: Create security policy" writes nothing', async () => {
    await shotOnFailure('create-policy-cancel', async () => {
      const page = state.page;
      const { dir } = await openWithoutPolicy('create-cancel');
      await wb.runCommand(page, 'SECURITY.md: Create security policy', { closes: false });
      await wb.answerQuickPick(page, 'Where should the policy go?', 'Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      assert.equal(existsSync(join(dir, 'SECURITY.md')), false, 'no SECURITY.md was written');
      assert.equal(existsSync(join(dir, '.github', 'SECURITY.md')), false);
      assert.equal(existsSync(join(dir, 'docs', 'SECURITY.md')), false);
    });
  });

  test('stops code-server and Chromium and leaves no process behind', async (t) => {
    await stopAll();
    const left = leftovers();
    t.diagnostic(left.length ? `leftover: ${left.join('; ')}` : 'no process left behind');
    assert.deepEqual(left, [], 'processes left behind');
  });
});

/** Moves the focus of the open menu `menu` down to the item labelled `label`. */
async function selectMenuItem(page, menu, label) {
  const focused = () => page.locator(`${menu} .monaco-list-row.focused`).first().getAttribute('aria-label');
  const seen = new Set();
  for (let current = await focused(); current !== label; current = await focused()) {
    if (seen.has(current)) throw new Error(`${JSON.stringify(label)} is not in the menu; it has ${[...seen].join(' | ')}`);
    seen.add(current);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      ([selector, before]) => document.querySelector(`${selector} .monaco-list-row.focused`)?.getAttribute('aria-label') !== before,
      [menu, current],
    );
  }
}

/** The text of a file once it has some: a file being written may exist and still be empty. */
function writtenText(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return text === '' ? undefined : text;
}

/** Polls `probe` (which may return a promise) until it gives something other than undefined. */
async function pollFor(probe, what, timeout = wb.WAIT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await delay(100); // the poll interval
  }
}

/** Waits until the second editor group (the preview) shows a text for which `accept` holds. */
async function waitForPreview(page, accept, timeout = wb.WAIT) {
  const deadline = Date.now() + timeout;
  let text = '';
  for (;;) {
    text = await wb.editorText(page, 1);
    if (text && accept(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for the preview; it shows:\n${text}`);
    await delay(100); // the poll interval
  }
}

/**
 * Types `phrase` on `line` (the cursor is there) and measures, in the page, the time from the
 * last keydown to the warning squiggle and to the Problems row of vague-sla on that line.
 */
/**
 * Three keystroke-to-squiggle samples on a new last line of `file` in `folder`: type a vague
 * promise, time it, delete it and wait for its warning to go. `ready` says when the first lint
 * of the file has arrived.
 */
async function keystrokeLatencies(folder, file, staleLine, ready) {
  const page = state.page;
  await openPolicy(folder, file);
  await wb.waitForProblems(page, ready, { file, what: `the first diagnostics of ${file}` });
  await wb.focusFirstEditor(page);
  await page.keyboard.press('Control+End');
  await wb.waitForCursor(page, staleLine + 1, 1);
  await page.keyboard.press('Enter');
  await wb.waitForCursor(page, staleLine + 2, 1);
  const samples = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    samples.push(await measureLatency(page, staleLine + 2, 'We will answer every report promptly'));
    if (i === 0) await screenshot(`${folder}.png`);
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await wb.waitForProblems(page, (ms) => !ms.some((m) => m.code === 'vague-sla'), { file, what: 'vague-sla to go away' });
  }
  return samples;
}

async function measureLatency(page, line, phrase) {
  await page.evaluate((target) => {
    const baseline = document.querySelectorAll('.editor-group-container .squiggly-warning').length;
    const probe = { keys: [], squiggle: undefined, problems: undefined };
    const onKey = () => probe.keys.push(performance.now());
    const check = () => {
      const now = performance.now();
      if (probe.squiggle === undefined && document.querySelectorAll('.editor-group-container .squiggly-warning').length > baseline) {
        probe.squiggle = now;
      }
      if (
        probe.problems === undefined &&
        [...document.querySelectorAll('.markers-panel .monaco-list-row')].some(
          (row) =>
            row.querySelector('.marker-code')?.textContent?.trim() === 'vague-sla' &&
            (row.querySelector('.marker-line')?.textContent ?? '').startsWith(`[Ln ${target},`),
        )
      ) {
        probe.problems = now;
      }
      if (probe.squiggle !== undefined && probe.problems !== undefined) {
        observer.disconnect();
        document.removeEventListener('keydown', onKey, true);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    document.addEventListener('keydown', onKey, true);
    window.__securityMdLatency = probe;
  }, line);
  await page.keyboard.type(phrase);
  const timeout = 30_000;
  const result = await page
    .waitForFunction(
      () => {
        const p = window.__securityMdLatency;
        if (p.squiggle === undefined || p.problems === undefined) return false;
        const last = p.keys[p.keys.length - 1];
        return { squiggle: Math.round(p.squiggle - last), problems: Math.round(p.problems - last) };
      },
      null,
      { timeout },
    )
    .catch(async (error) => {
      const shown = JSON.stringify((await wb.readProblems(page))['SECURITY.md']?.markers.map((m) => `${m.line}:${m.code}`));
      const probe = await page.evaluate(() => ({
        squiggle: window.__securityMdLatency.squiggle,
        problems: window.__securityMdLatency.problems,
      }));
      throw new Error(
        `vague-sla for ${JSON.stringify(phrase)} on line ${line} did not appear within ${timeout / 1000} s after the last keystroke ` +
          `(seen: ${JSON.stringify(probe)}); the Problems panel shows ${shown}. (${error.message})`,
      );
    });
  return result.jsonValue();
}

// Driving VS Code's workbench (as served by code-server) with Playwright: open a folder, open
// the policy, read the Problems panel, run commands. Every wait polls the page with a timeout;
// nothing sleeps for a fixed time.

/* global document */

import { setTimeout as delay } from 'node:timers/promises';

export const WAIT = 60_000;

/** Loads the workbench on `folder` and waits for its explorer to list `file`. */
export async function openFolder(page, url, folder, file = 'SECURITY.md') {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: WAIT });
  await explorerRow(page, file).waitFor({ timeout: WAIT });
}

function explorerRow(page, file) {
  return page
    .locator('.explorer-folders-view .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${file.replace(/\./g, '\\.')}$`) }) })
    .first();
}

/** Opens `file` from the explorer and waits until its editor is the active one. */
export async function openFile(page, file = 'SECURITY.md') {
  // A click while the workbench is still restoring its layout can be lost: click until it opens.
  const deadline = Date.now() + WAIT;
  for (;;) {
    await explorerRow(page, file).click();
    try {
      await activeTab(page, file).waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout: WAIT });
}

export function activeTab(page, label) {
  return page.locator('.editor-group-container.active .tab.active', { hasText: label }).first();
}

/** Makes the Problems panel visible (Ctrl+Shift+M) unless it is already. */
export async function showProblems(page) {
  const panel = page.locator('.markers-panel');
  if (await panel.isVisible()) return;
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout: WAIT });
}

/**
 * What the Problems panel shows now, by file name: { [file]: { total, markers } } where total
 * is the count its file row announces and markers are [{ severity, code, line, column, message }].
 */
export async function readProblems(page) {
  return page.evaluate(() => {
    const files = {};
    let current;
    for (const row of document.querySelectorAll('.markers-panel .monaco-list-row')) {
      const label = row.getAttribute('aria-label') ?? '';
      const resource = /^(\d+) problems? in file (.+?) of folder/.exec(label);
      if (resource) {
        current = files[resource[2]] = { total: Number(resource[1]), markers: [] };
        continue;
      }
      const where = /\[Ln (\d+), Col (\d+)\]/.exec(row.querySelector('.marker-line')?.textContent ?? '');
      if (!where || !current) continue;
      const icon = row.querySelector('.marker-icon');
      current.markers.push({
        severity: ['error', 'warning', 'info'].find((s) => icon?.classList.contains(s)) ?? 'other',
        code: row.querySelector('.marker-code')?.textContent?.trim() ?? '',
        line: Number(where[1]),
        column: Number(where[2]),
        message: row.querySelector('.marker-message')?.textContent?.trim() ?? '',
      });
    }
    return files;
  });
}

/**
 * Polls the Problems panel until `predicate(markers of file)` holds and returns those markers.
 * The panel fills as the language server answers, so this is how a test waits for diagnostics.
 */
export async function waitForProblems(page, predicate, { file = 'SECURITY.md', timeout = WAIT, what = 'the expected problems' } = {}) {
  await showProblems(page);
  const deadline = Date.now() + timeout;
  for (;;) {
    const shown = await readProblems(page);
    const group = shown[file] ?? { total: 0, markers: [] };
    // A file row whose markers are not all rendered (a list longer than the panel) never passes.
    if (group.markers.length === group.total && predicate(group.markers)) return group.markers;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; the Problems panel shows ${JSON.stringify(shown)}`);
    }
    await delay(100); // the poll interval
  }
}

/**
 * Runs a command from the palette (F1), by its title as the palette shows it, and waits for the
 * palette to close (`closes: false`: not, for a command that opens a quick pick of its own).
 */
export async function runCommand(page, title, { closes = true } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`>${title}`);
  const item = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await item.waitFor({ timeout: WAIT });
  await item.click();
  if (closes) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
}

/** Moves the cursor of the active editor to line:column with Go to Line (Ctrl+G). */
export async function goToLine(page, line, column) {
  await focusFirstEditor(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(column ? `${line}:${column}` : `${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
  await waitForCursor(page, line, column);
}

/** Focuses the editor of the first group (Ctrl+1), where the policy is. */
export async function focusFirstEditor(page) {
  await page.keyboard.press('Control+1');
  await page.waitForFunction(() => document.activeElement?.closest('.editor-group-container')?.matches(':first-child') === true, null, {
    timeout: WAIT,
  });
}

/** Clicks the Problems row of `code` on `line`, which puts the cursor on that problem. */
export async function revealProblem(page, code, line) {
  await showProblems(page);
  const row = page
    .locator('.markers-panel .monaco-list-row')
    .filter({ has: page.locator('.marker-code', { hasText: new RegExp(`^${code}$`) }) })
    .filter({ has: page.locator('.marker-line', { hasText: `[Ln ${line},` }) })
    .first();
  await row.click();
  await waitForCursor(page, line);
}

/**
 * Opens the Quick Fix menu (Ctrl+.) at the cursor, which must be on `line`, and waits for its
 * item `title`. The shortcut can be lost while the workbench is busy (a re-render of the Problems
 * panel takes the focus, or the code-action request is still on its way when the menu settles on
 * "no actions"), so it tries up to `attempts` times, closing whatever opened in between, and says
 * in the error what each attempt saw. `onRetry(attempt, seen)` reports a retry.
 */
export async function openQuickFix(page, line, title, { attempts = 3, timeout = 15_000, onRetry = () => {} } = {}) {
  const item = page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first();
  const seen = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await focusFirstEditor(page);
    await waitForCursor(page, line);
    await page.keyboard.press('Control+.');
    try {
      await item.waitFor({ timeout });
      return item;
    } catch {
      const menu = page.locator('.action-widget');
      const shown = (await menu.isVisible()) ? `menu: ${(await menu.innerText()).replace(/\s+/g, ' ').trim()}` : 'no menu';
      const focus = await page.evaluate(() => document.activeElement?.className ?? 'nothing');
      seen.push(`attempt ${attempt}: ${shown}; focus on ${JSON.stringify(String(focus).slice(0, 80))}`);
      onRetry(attempt, seen[seen.length - 1]);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'hidden', timeout: WAIT });
    }
  }
  throw new Error(`the Quick Fix menu never offered ${JSON.stringify(title)}: ${seen.join(' / ')}`);
}

/** The status bar's "Ln x, Col y". */
export async function cursorPosition(page) {
  const text = (await page.locator('.statusbar-item[id="status.editor.selection"]').first().textContent({ timeout: WAIT })) ?? '';
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

export async function waitForCursor(page, line, column) {
  await page.waitForFunction(
    ([l, c]) => {
      const text = document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? '';
      const m = /Ln (\d+), Col (\d+)/.exec(text);
      return m !== null && Number(m[1]) === l && (c === undefined || Number(m[2]) === c);
    },
    [line, column],
    { timeout: WAIT },
  );
}

/** The visible text of the editor whose tab is `label` (only the rendered lines). */
export async function editorText(page, groupIndex) {
  return page.evaluate((index) => {
    const group = document.querySelectorAll('.editor-group-container')[index];
    const lines = [...(group?.querySelectorAll('.monaco-editor .view-lines .view-line') ?? [])];
    return lines
      .map((l) => ({ top: parseFloat(l.style.top), text: l.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text)
      .join('\n');
  }, groupIndex);
}

/**
 * The accessible label of the status bar's language status ("{}" next to the language mode),
 * which names every language status item of the active editor with its detail.
 */
export async function languageStatusLabel(page) {
  return page.evaluate(() => {
    const item = document.querySelector('.statusbar-item[id="status.languageStatus"]');
    if (!item) return '';
    const labels = [item, ...item.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
    return [...new Set(labels.filter(Boolean))].join(' ');
  });
}

/** Waits until the language status label satisfies `accept` and returns it. */
export async function waitForLanguageStatus(page, accept, { timeout = WAIT, what = 'the language status' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const label = await languageStatusLabel(page);
    if (accept(label)) return label;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; it reads ${JSON.stringify(label)}`);
    await delay(100); // the poll interval
  }
}

/** Hovers the language status ("{}") and returns the hover's row for the item named `name`. */
export async function hoverLanguageStatus(page, name) {
  const row = page.locator('.hover-language-status', { hasText: name }).first();
  await page.locator('.statusbar-item[id="status.languageStatus"]').hover();
  await row.waitFor({ state: 'visible', timeout: WAIT });
  return row;
}

/** The notification toast whose message contains `text`, once it is visible. */
export async function waitForNotification(page, text) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  await toast.waitFor({ state: 'visible', timeout: WAIT });
  return toast;
}

/** Waits for the quick pick (or input box) titled `title`; returns its rows' labels. */
export async function waitForQuickPick(page, title) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: WAIT });
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
}

/** Answers the open quick pick titled `title` with `key` and waits until it has gone (or changed title). */
export async function answerQuickPick(page, title, key = 'Enter') {
  await waitForQuickPick(page, title);
  await page.keyboard.press(key);
  await page.waitForFunction(
    (t) => {
      const widget = document.querySelector('.quick-input-widget');
      const shown = widget && widget.style.display !== 'none' && widget.offsetParent !== null;
      return !shown || widget.querySelector('.quick-input-title')?.textContent !== t;
    },
    title,
    { timeout: WAIT },
  );
}

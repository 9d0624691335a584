// @ts-check
'use strict';
// Shared helpers for the tests over the optional external corpus (../shared/corpus).
// The corpus is read, never copied into the repository.

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const SKIP_REASON = 'external corpus ../shared/corpus not present';

/** undefined when the sub-folder of the corpus exists, else the reason to skip. */
function skipUnlessCorpus(sub) {
  if (!fs.existsSync(CORPUS)) return SKIP_REASON;
  if (!fs.existsSync(path.join(CORPUS, sub))) return `external corpus has no ${sub}/ folder`;
  return undefined;
}

/** Runs the CLI without blocking; resolves { status, stdout, stderr }. */
function runCli(args, { cwd = ROOT, timeout = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`security-md ${args.join(' ')} took longer than ${timeout} ms`));
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Maps items through an async function with at most `limit` running at once, keeping order. */
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads a TSV with a header row into objects; fails on rows with the wrong number of columns. */
function readTsv(file) {
  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length < header.length - 1 || cells.length > header.length) {
      throw new Error(`${path.basename(file)} line ${i + 2}: ${cells.length} columns, expected ${header.length}`);
    }
    const row = { tsvLine: i + 2 };
    header.forEach((name, c) => {
      row[name] = cells[c] ?? '';
    });
    return row;
  });
}

module.exports = { ROOT, CLI, CORPUS, SKIP_REASON, skipUnlessCorpus, runCli, mapLimit, readTsv };

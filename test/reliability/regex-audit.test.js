// @ts-check
'use strict';
// Every regular expression of the product, run against adversarial 100 KB inputs: each match run
// must finish within 1 s (a regex with super-linear backtracking takes minutes on such inputs).
//
// The regexes are found by parsing shared/**/*.ts, server/src/**/*.ts and client/src/**/*.ts with the TypeScript
// compiler: regex literals, and `new RegExp(...)` / `RegExp(...)` calls. Calls whose source is
// computed (built from constants) are evaluated in their own module: the module is bundled with
// esbuild together with an appended export of each such expression, then loaded. Whatever cannot
// be evaluated that way is exercised through core.lint / core.lintSecurityTxt on the same inputs.
//
// The runs happen in worker threads watched from the main thread, so that a catastrophic regex
// fails the test (its worker is stopped) instead of hanging it.

const { isMainThread, parentPort, workerData, Worker } = require('node:worker_threads');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const INPUT_LENGTH = 100_000;
/** Each regex match run must finish within this. */
const REGEX_LIMIT_MS = 1000;
/** A whole lint of a 100 KB hostile input (parse and every rule) must finish within this. */
const LINT_LIMIT_MS = 8000;
/**
 * A run that sends no word for this long is stopped and counted as failed (a regex run over its
 * limit has failed anyway; stopping it early keeps a catastrophic one from taking minutes).
 */
const REGEX_WATCHDOG_MS = 3000;
/** Whole lints slower than this at full length must not grow more than MAX_GROWTH-fold from a quarter of it. */
const GROWTH_FLOOR_MS = 400;
const MAX_GROWTH = 10;
const LINT_WATCHDOG_MS = 20_000;

// ---------------------------------------------------------------------------------------------
// Adversarial inputs (shared by the main thread and the workers).

const REPEATED = [
  'a',
  ' ',
  '@',
  'a@',
  '.',
  'a.',
  '1',
  '-',
  '*',
  '\n',
  'as soon as ',
  'http://',
  '\t',
  'a ',
  '1.',
  '1 ',
  'a-',
  '_',
  '[',
  '](',
  '#',
  '>',
  '<',
  '=',
  ':',
  '/',
  '\\',
  '\r\n',
  '\r',
  'é',
  '\u00A0',
  'aA1',
  'a.b@',
  '<!--',
  'ab:',
  '- ',
  '| ',
  'at ',
  'dot ',
];
/** Bases that also get a variant with a failing character at the end (backtracking's worst case). */
const WITH_FAILING_END = ['a', ' ', 'a@', 'a.', '1', 'as soon as ', 'a ', '-', 'http://'];

function repeatTo(base, n) {
  return base.repeat(Math.ceil(n / base.length)).slice(0, n);
}

/** A deterministic mix of the characters the product's patterns care about. */
function mixed(n) {
  const alphabet = 'aZ9 .-_@:/\\\n\t*[]()<>#!?,;\'"`~%+=&|{}^$é漢\u00A0\r';
  let x = 0x9e3779b9;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += alphabet[(x >>> 0) % alphabet.length];
  }
  return s;
}

/**
 * The inputs, each with `make(n)` for other lengths: whole lints are also timed at a quarter of
 * the length, since a linear lint grows 4-fold from there and a quadratic one 16-fold.
 * @typedef {{ name: string, make: (n: number) => string, text?: string }} Input
 * @returns {Input[]}
 */
function adversarialInputs() {
  /** @type {Input[]} */
  const inputs = REPEATED.map((base) => ({ name: `${JSON.stringify(base)} x ${INPUT_LENGTH}`, make: (n) => repeatTo(base, n) }));
  for (const base of WITH_FAILING_END) {
    inputs.push({ name: `${JSON.stringify(base)} x ${INPUT_LENGTH} + "\\u0000"`, make: (n) => `${repeatTo(base, n - 1)}\u0000` });
  }
  inputs.push({ name: `mixed ${INPUT_LENGTH}`, make: mixed });
  // Shapes that lead the linters' own code into long runs: trailing blanks that do not end the
  // text (a paragraph, a security.txt field value), and an empty section full of unclosed comments.
  const head = '# Security\n\nSome words.';
  inputs.push({
    name: `${JSON.stringify(head)} + spaces + "x" (${INPUT_LENGTH})`,
    make: (n) => `${head}${' '.repeat(n - head.length - 2)}x\n`,
  });
  const field = 'Contact: mailto:a@b.org';
  inputs.push({
    name: `${JSON.stringify(field)} + spaces + "x" (${INPUT_LENGTH})`,
    make: (n) => `${field}${' '.repeat(n - field.length - 2)}x\n`,
  });
  const empty = '# Security\n\n## Reporting\n\n';
  inputs.push({
    name: `${JSON.stringify(empty)} + "<!--" x (${INPUT_LENGTH})`,
    make: (n) => `${empty}${repeatTo('<!--', n - empty.length)}`,
  });
  for (const input of inputs) input.text = input.make(INPUT_LENGTH);
  return inputs;
}

// ---------------------------------------------------------------------------------------------
// Worker: runs its share of the runs, reporting each one.

/** Runs this worker's share of the runs, reporting each one. */
function runWorker() {
  const inputs = adversarialInputs();
  const core = require(path.join(ROOT, 'dist', 'core.js'));
  const { jobs, runs } = workerData;
  for (const k of runs) {
    const job = jobs[Math.floor(k / inputs.length)];
    const input = inputs[k % inputs.length];
    const t0 = process.hrtime.bigint();
    let matches = 0;
    if (job.kind === 'regex') {
      const re = new RegExp(job.source, job.flags);
      if (re.global) {
        for (const m of input.text.matchAll(re)) matches += m ? 1 : 0;
      } else {
        matches = re.exec(input.text) ? 1 : 0;
      }
    } else {
      const lint = job.linter === 'txt' ? core.lintSecurityTxt : core.lint;
      const options = { now: new Date('2026-11-22T00:00:00Z') };
      const quarter = input.make(INPUT_LENGTH / 4);
      const timed = (text) => {
        const start = process.hrtime.bigint();
        matches = lint(text, options).length;
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      let quarterMs = timed(quarter);
      let ms = timed(input.text);
      // A collection or a busy neighbour can land on one run; growth that is real shows in the
      // best of three as well.
      for (let again = 0; again < 2 && ms > GROWTH_FLOOR_MS && ms / Math.max(quarterMs, 1) > MAX_GROWTH; again++) {
        quarterMs = Math.min(quarterMs, timed(quarter));
        ms = Math.min(ms, timed(input.text));
      }
      parentPort.postMessage({ k, ms, quarterMs, matches });
      continue;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    parentPort.postMessage({ k, ms, matches });
  }
}

if (!isMainThread) runWorker();
else mainThread();

// ---------------------------------------------------------------------------------------------
// Main thread: find the regexes, run them, judge.

/** Finds the regexes, runs them in workers and judges: the tests. */
function mainThread() {
  const { test } = require('node:test');
  const assert = require('node:assert/strict');
  const ts = require('typescript');

  /** Regex literals and RegExp constructor calls in the product's TypeScript sources. */
  function findRegexes() {
    const files = require('./product-sources.js').productFiles();
    const literals = [];
    const constructed = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const where = (node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
      const visit = (node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const slash = text.lastIndexOf('/');
          literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1), origin: 'literal' });
        } else if (
          (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'RegExp'
        ) {
          constructed.push({ where: where(node), file, expression: node.getText(source), args: node.arguments ?? [] });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    return { files, literals, constructed };
  }

  /**
   * The RegExp objects of `new RegExp(...)` calls, evaluated in their module: each module is bundled
   * with an appended export of its calls' expressions. Calls that cannot be evaluated at the top of
   * their module come back as errors.
   */
  function evaluateConstructed(constructed) {
    const esbuild = require('esbuild');
    const byFile = new Map();
    for (const c of constructed) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-regex-audit-'));
    const out = [];
    try {
      for (const [file, calls] of byFile) {
        const exprs = calls.map((c) => `(() => { try { return ${c.expression}; } catch (error) { return error; } })()`);
        const contents = `${fs.readFileSync(file, 'utf8')}\nexport const __regexAudit = [\n${exprs.join(',\n')}\n];\n`;
        const result = esbuild.buildSync({
          stdin: { contents, resolveDir: path.dirname(file), sourcefile: file, loader: 'ts' },
          bundle: true,
          platform: 'node',
          format: 'cjs',
          write: false,
          logLevel: 'silent',
        });
        const bundled = path.join(tmp, `${out.length}-${path.basename(file, '.ts')}.js`);
        fs.writeFileSync(bundled, result.outputFiles[0].text);
        const values = require(bundled).__regexAudit;
        calls.forEach((c, i) => {
          const v = values[i];
          if (v instanceof RegExp) out.push({ where: c.where, source: v.source, flags: v.flags, origin: 'new RegExp (evaluated)' });
          else out.push({ where: c.where, error: String(v), origin: 'new RegExp (not evaluable)' });
        });
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    return out;
  }

  /** Runs every run index in `runs` over `workers` worker threads; a silent worker is stopped. */
  async function runAll(jobs, runCount, workers, inputCount) {
    const watchdogFor = (k) => (jobs[Math.floor(k / inputCount)].kind === 'lint' ? LINT_WATCHDOG_MS : REGEX_WATCHDOG_MS);
    const results = new Array(runCount);
    const partitions = Array.from({ length: workers }, (_, w) => {
      const list = [];
      for (let k = w; k < runCount; k += workers) list.push(k);
      return list;
    });
    const runPartition = async (list) => {
      let next = 0;
      while (next < list.length) {
        const remaining = list.slice(next);
        const worker = new Worker(module.filename, { workerData: { jobs, runs: remaining } });
        await new Promise((resolve) => {
          let timer;
          const arm = () => {
            clearTimeout(timer);
            if (next >= list.length) return;
            const limit = watchdogFor(list[next]);
            timer = setTimeout(() => {
              // The run after the last one reported is stuck: record it and go on without it.
              results[list[next]] = { ms: Infinity, stuck: limit };
              next++;
              void worker.terminate();
            }, limit);
          };
          arm();
          worker.on('message', (m) => {
            results[m.k] = m;
            next++;
            arm();
          });
          worker.on('error', (error) => {
            results[list[next]] = { ms: Infinity, error: String(error && error.stack) };
            next++;
          });
          worker.on('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    };
    await Promise.all(partitions.map(runPartition));
    return results;
  }

  test(
    'every regular expression of shared, server/src and client/src runs in linear time on 100 KB adversarial inputs',
    { timeout: 600_000 },
    async () => {
      const started = process.hrtime.bigint();
      const { files, literals, constructed } = findRegexes();
      const evaluated = evaluateConstructed(constructed);
      const notEvaluable = evaluated.filter((r) => r.error);
      const regexes = [...literals, ...evaluated.filter((r) => !r.error)];
      // Sticky patterns are used at every offset of a text; run them as a scan (g instead of y) too.
      const sticky = regexes.filter((r) => r.flags.includes('y'));
      /** @type {{ kind: string, where: string, source?: string, flags?: string, mode?: string, linter?: string }[]} */
      const jobs = [
        ...regexes.map((r) => ({ kind: 'regex', where: r.where, source: r.source, flags: r.flags, mode: 'own flags' })),
        ...sticky.map((r) => ({
          kind: 'regex',
          where: r.where,
          source: r.source,
          flags: `${r.flags.replace('y', '')}${r.flags.includes('g') ? '' : 'g'}`,
          mode: 'scan',
        })),
        { kind: 'lint', linter: 'md', where: 'core.lint' },
        { kind: 'lint', linter: 'txt', where: 'core.lintSecurityTxt' },
      ];
      const inputs = adversarialInputs();
      console.log(
        `regex-audit: ${files.length} source files; ${literals.length} regex literals, ${constructed.length} RegExp constructor calls ` +
          `(${constructed.length - notEvaluable.length} evaluated, ${notEvaluable.length} covered only through core.lint); ` +
          `${regexes.length} regexes audited (${sticky.length} sticky ones also as scans) on ${inputs.length} inputs of ${INPUT_LENGTH} characters`,
      );
      for (const r of notEvaluable) console.log(`regex-audit: not evaluable standalone: ${r.where}: ${r.error}`);

      // Every regex compiles with its own flags.
      for (const r of regexes) assert.doesNotThrow(() => new RegExp(r.source, r.flags), `${r.where} /${r.source}/${r.flags}`);

      const runCount = jobs.length * inputs.length;
      const results = await runAll(jobs, runCount, Math.max(1, Math.min(2, os.cpus().length)), inputs.length);
      const failures = [];
      const timings = [];
      for (let k = 0; k < runCount; k++) {
        const job = jobs[Math.floor(k / inputs.length)];
        const input = inputs[k % inputs.length];
        const r = results[k];
        const limit = job.kind === 'lint' ? LINT_LIMIT_MS : REGEX_LIMIT_MS;
        const label =
          job.kind === 'lint'
            ? `${job.where}`
            : `${job.where} /${job.source.length > 80 ? `${job.source.slice(0, 80)}…` : job.source}/${job.flags} (${job.mode})`;
        if (!r) failures.push(`${label} on ${input.name}: no result`);
        else if (r.error) failures.push(`${label} on ${input.name}: threw ${r.error}`);
        else if (r.stuck) failures.push(`${label} on ${input.name}: still running after ${r.stuck / 1000} s (limit ${limit} ms), stopped`);
        else {
          timings.push({ label, input: input.name, ms: r.ms, kind: job.kind, quarterMs: r.quarterMs });
          if (r.ms > limit) failures.push(`${label} on ${input.name}: ${r.ms.toFixed(0)} ms (limit ${limit} ms)`);
          else if (job.kind === 'lint' && r.ms > GROWTH_FLOOR_MS && r.ms / Math.max(r.quarterMs, 1) > MAX_GROWTH) {
            failures.push(
              `${label} on ${input.name}: ${r.quarterMs.toFixed(0)} ms at ${INPUT_LENGTH / 4} characters, ${r.ms.toFixed(0)} ms at ${INPUT_LENGTH} ` +
                `(x${(r.ms / r.quarterMs).toFixed(1)}; linear is x4, quadratic x16)`,
            );
          }
        }
      }
      const slowest = (kind) =>
        timings
          .filter((t) => t.kind === kind)
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map(
            (t) =>
              `  ${t.ms.toFixed(1).padStart(8)} ms${t.quarterMs !== undefined ? ` (${t.quarterMs.toFixed(1)} ms at a quarter)` : ''}  ${t.label} on ${t.input}`,
          )
          .join('\n');
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(`regex-audit: ${runCount} runs in ${seconds.toFixed(1)} s; slowest regex runs:\n${slowest('regex')}`);
      console.log(`regex-audit: slowest whole lints:\n${slowest('lint')}`);
      assert.deepEqual(failures, [], `${failures.length} runs were too slow or failed`);
    },
  );
}

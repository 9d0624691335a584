// The core's two rule lists, written from the rule files and their docs pages before the bundles
// are built: adding a rule is adding its file, its docs page and its cases, with no list to edit.
// A rule file is named after its code and exports what the rule does under that name in
// camelCase (`no-contact.ts`: `noContact`; a security.txt rule: `txtNoContact`). What the rule
// is, for the reader and for the settings, comes from the first paragraph of its docs page, which
// states it once: `<summary> Default severity: **<severity>**. Quick fix: <yes, what it does | none>.`
// The lists are in the order of the codes, which is the order of the settings, the docs tables and
// SARIF's rule list. test/meta/metadata.test.js checks that the committed lists are current.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());

const LISTS = [
  {
    dir: 'server/src/core/rules',
    what: 'The SECURITY.md rules',
    type: 'Rule',
    typeFrom: '../rule',
    list: 'rules',
    exportOf: camel,
    docs: 'docs/rules',
  },
  {
    dir: 'server/src/core/securitytxt/rules',
    what: 'The security.txt rules',
    type: 'TxtRule',
    typeFrom: '../txt-rule',
    list: 'securityTxtRules',
    exportOf: (name) => `txt${pascal(name)}`,
    docs: 'docs/rules/securitytxt',
  },
];

/** The rule files of a folder, by name without ".ts", in code order. */
function ruleNames(root, dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * What the first paragraph of a rule's docs page says of it: its summary (the description the
 * settings, the tables and SARIF show), its default severity and whether it has a quick fix.
 */
export function pageMeta(page, file) {
  const lead = (page.split('\n\n')[1] ?? '').replace(/\s+/g, ' ').trim();
  const m = /^(.+?) Default severity: \*\*([a-z]+)\*\*\. Quick fix: (yes|none|no)\b(.*)$/.exec(lead);
  if (!m || !SEVERITIES.includes(m[2])) {
    throw new Error(
      `${file}: the first paragraph must be "<summary> Default severity: **<${SEVERITIES.join('|')}>**. Quick fix: <yes, what it does | none>."`,
    );
  }
  return { description: m[1], severity: m[2], fixable: m[3] === 'yes' };
}

/** The generated index.ts of each rule folder: [{ file, text }], file relative to root. */
export function ruleIndexes(root) {
  return LISTS.map(({ dir, what, type, typeFrom, list, exportOf, docs }) => {
    const names = ruleNames(root, dir);
    const entry = (n) => {
      const page = `${docs}/${n}.md`;
      let text;
      try {
        text = readFileSync(join(root, page), 'utf8');
      } catch {
        throw new Error(`${dir}/${n}.ts: the rule has no docs page ${page}; write it (CONTRIBUTING.md, "Adding a rule")`);
      }
      const { description, severity, fixable } = pageMeta(text, page);
      return [
        `  {`,
        `    ...${exportOf(n)},`,
        `    severity: '${severity}',`,
        `    fixable: ${fixable},`,
        `    description: ${JSON.stringify(description)},`,
        `  },`,
      ];
    };
    const text = [
      `// ${what}, in the order of their codes. Do not edit: scripts/rule-index.mjs writes this`,
      `// list from the files in this folder and the first paragraph of each rule's docs page`,
      `// (${docs}/<name>.md), so adding a rule is adding its file and its page.`,
      '',
      `import type { ${type} } from '${typeFrom}';`,
      ...names.map((n) => `import { ${exportOf(n)} } from './${n}';`),
      '',
      `export const ${list}: readonly ${type}[] = [`,
      ...names.flatMap(entry),
      '];',
      '',
    ].join('\n');
    return { file: `${dir}/index.ts`, text };
  });
}

/** The folders whose files make the lists (for watch mode; docs/rules/ is watched as a whole). */
export const RULE_DIRS = LISTS.map((l) => l.dir);

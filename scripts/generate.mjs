// The files that follow from the rule list, the compliance profiles and the section templates of
// the core (dist/core.js): the snippets, the JSON schema of .securitymd.json, the
// securityMd.rules.*, securityMd.profiles and securityMd.ruleOptions settings in package.json,
// the rule tables of README.md and the two rule indexes in docs/rules/. The build writes them;
// test/meta/metadata.test.js checks that the committed files are current.
//
// Only the marked parts of README.md and of the docs indexes are generated: the text between
// `<!-- NAME:start ... -->` and `<!-- NAME:end -->`. The summary of a rule in a docs index is the
// first sentence of its page, the text before "Default severity:".

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];
const TXT = 'securitytxt/';

/** The schema of .securitymd.json: one severity per rule, the profiles, and the other settings. */
function schema(core) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'security-md configuration (.securitymd.json)',
    description: 'Settings for the security-md linter that travel with the repository. They override the editor settings.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity of each rule: off, hint, info, warning or error.',
        additionalProperties: false,
        properties: Object.fromEntries(
          allRules(core).map((r) => [
            r.code,
            {
              enum: SEVERITIES,
              default: r.severity,
              description: r.description,
              markdownDescription: markdownDescription(core, r),
            },
          ]),
        ),
      },
      profiles: { ...profilesSetting(core), description: PROFILES_DESCRIPTION },
      ruleOptions: { ...ruleOptionsSetting(), description: RULE_OPTIONS_DESCRIPTION },
      stalePolicyMonths: {
        type: 'number',
        exclusiveMinimum: 0,
        default: 12,
        description: 'stale-policy: months after a "Last updated" date before the policy counts as stale.',
      },
      securityTxt: {
        type: 'object',
        additionalProperties: false,
        properties: {
          expiresInDays: {
            type: 'integer',
            minimum: 1,
            maximum: 365,
            default: 365,
            description: 'Days from now until Expires in the generated security.txt.',
          },
          renewDays: {
            type: 'integer',
            minimum: 1,
            maximum: 365,
            default: 30,
            description: 'securitytxt/expires-soon: days before Expires from which a security.txt is due for renewal.',
          },
          policyUrl: { type: 'string', format: 'uri', description: 'Policy field of the generated security.txt.' },
          canonicalUrl: { type: 'string', format: 'uri', description: 'Canonical field of the generated security.txt.' },
          csafUrl: {
            type: 'string',
            format: 'uri',
            description: 'CSAF field of the generated security.txt: the https URL of your CSAF provider-metadata.json.',
          },
        },
      },
    },
  };
}

const PROFILES_DESCRIPTION =
  'Compliance profiles whose requirements the policy must meet: their rules turn on and the editor shows their checklist and score. Those of the editor settings and of .securitymd.json both apply.';
const RULE_OPTIONS_DESCRIPTION =
  "Parameters of the rules that take them. They override a profile's in the diagnostics; a profile's checklist always uses its own.";

/** `profiles`: a list of profile ids, each described by its title (the quick pick adds the summary). */
function profilesSetting(core) {
  return {
    type: 'array',
    items: {
      type: 'string',
      enum: core.PROFILES.map((p) => p.id),
      markdownEnumDescriptions: core.PROFILES.map((p) => p.title),
    },
    uniqueItems: true,
    default: [],
  };
}

/** `ruleOptions`: the parameters of slow-acknowledgement and missing-safe-harbor. */
function ruleOptionsSetting() {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      'slow-acknowledgement': {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxAcknowledgeDays: {
            type: 'integer',
            minimum: 1,
            maximum: 365,
            description: 'The most days a promised acknowledgement may take (default 14, or what the profiles ask for).',
          },
        },
      },
      'missing-safe-harbor': {
        type: 'object',
        additionalProperties: false,
        properties: {
          level: {
            type: 'string',
            enum: ['commitment', 'full'],
            enumDescriptions: [
              'A promise of no legal action, or research under the policy declared authorized, is enough.',
              'All four disclose.io parts: authorization, anti-circumvention exemption, terms-of-service waiver and a good-faith clause.',
            ],
            description: 'How much of a safe harbor the policy must give.',
          },
        },
      },
    },
    default: {},
  };
}

const allRules = (core) => [...core.rules, ...core.securityTxtRules];
const markdownDescription = (core, rule) => `${rule.description} ([docs](${core.ruleDocsUrl(rule.code)}))`;

/**
 * package.json with one `securityMd.rules.<code>` setting per rule, in the order of the rule list,
 * then `securityMd.profiles` (from the profiles) and `securityMd.ruleOptions`, before the other
 * settings, which keep their order. Everything else stays as it is.
 */
function packageJson(core, text) {
  const pkg = JSON.parse(text);
  const properties = pkg.contributes.configuration.properties;
  const ruleSettings = allRules(core).map((r) => [
    `securityMd.rules.${r.code}`,
    { type: 'string', enum: SEVERITIES, default: r.severity, markdownDescription: markdownDescription(core, r), scope: 'resource' },
  ]);
  const generated = [
    [
      'securityMd.profiles',
      {
        ...profilesSetting(core),
        markdownDescription: `${PROFILES_DESCRIPTION.replace('.securitymd.json', '`.securitymd.json`')} **SECURITY.md: Choose compliance profiles** sets it for the workspace.`,
        scope: 'resource',
      },
    ],
    ['securityMd.ruleOptions', { ...ruleOptionsSetting(), markdownDescription: RULE_OPTIONS_DESCRIPTION, scope: 'resource' }],
  ];
  const isGenerated = (key) => key.startsWith('securityMd.rules.') || generated.some(([k]) => k === key);
  const others = Object.entries(properties).filter(([key]) => !isGenerated(key));
  pkg.contributes.configuration.properties = Object.fromEntries([...ruleSettings, ...generated, ...others]);
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** Replaces what lies between the NAME markers of `text` with `body`. */
function between(file, text, name, body) {
  const start = new RegExp(`<!-- ${name}:start\\b[^\\n]*-->\\n`);
  const end = `<!-- ${name}:end -->`;
  const open = start.exec(text);
  const close = open ? text.indexOf(end, open.index) : -1;
  if (!open || close < 0) throw new Error(`${file}: no <!-- ${name}:start --> ... <!-- ${name}:end --> markers`);
  return text.slice(0, open.index + open[0].length) + `\n${body}\n` + text.slice(close);
}

const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n') + '\n';

/** README.md: the rule tables of "## Rules" and "### security.txt rules". */
function readme(core, text) {
  const rows = (rules) => rules.map((r) => `| [\`${r.code}\`](docs/rules/${r.code}.md) | ${r.severity} | ${r.description} |`);
  const head = ['rule', 'default', 'finds'];
  text = between('README.md', text, 'rules', table(head, rows(core.rules)));
  return between('README.md', text, 'securitytxt-rules', table(head, rows(core.securityTxtRules)));
}

/** A docs index: Rule, Severity, Summary (the first sentence of each page, which the rule list holds). */
function docsIndex(file, text, rules) {
  const rows = rules.map((r) => {
    const name = r.code.startsWith(TXT) ? r.code.slice(TXT.length) : r.code;
    return `| [${r.code}](${name}.md) | ${r.severity} | ${r.description} |`;
  });
  const lines = ['| Rule | Severity | Summary |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
  return between(file, text, 'rules', lines);
}

/**
 * Every generated file, as `[path relative to the repository, text]`. `read(path)` gives the
 * current text of a file of the repository (package.json, README.md, the docs pages).
 */
export function generatedFiles(core, read) {
  return [
    ['snippets/security-md.code-snippets', JSON.stringify(core.snippetsFile(), null, 2) + '\n'],
    ['schemas/securitymd.schema.json', JSON.stringify(schema(core), null, 2) + '\n'],
    ['package.json', packageJson(core, read('package.json'))],
    ['README.md', readme(core, read('README.md'))],
    ['docs/rules/README.md', docsIndex('docs/rules/README.md', read('docs/rules/README.md'), core.rules)],
    [
      'docs/rules/securitytxt/README.md',
      docsIndex('docs/rules/securitytxt/README.md', read('docs/rules/securitytxt/README.md'), core.securityTxtRules),
    ],
  ];
}

/** Writes the generated files under `root` that differ from what is there; returns their paths. */
export function writeGenerated(core, root) {
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const changed = [];
  for (const [file, text] of generatedFiles(core, read)) {
    let current;
    try {
      current = read(file);
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    changed.push(file);
  }
  return changed;
}

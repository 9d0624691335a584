// @ts-check
'use strict';
// A policy in a language the linter cannot read: one info finding names the language, and the
// rules that would claim something is missing stay silent. Invented policies.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { lintAll, md } = require('../helpers.js');

const DOCUMENT_RULES = ['missing-reporting-section', 'missing-supported-versions', 'missing-response-time', 'missing-disclosure-policy'];

const POLICIES = {
  fi: [
    'Tietoturvakäytäntö',
    'Otamme tietoturvan vakavasti. Jos löydät haavoittuvuuden, älä julkaise sitä avoimessa keskustelussa vaan lähetä siitä kuvaus sähköpostilla.',
    'Kerro ilmoituksessa, mitä versiota käytät, miten ongelman voi toistaa ja mitä vaikutuksia sillä on. Käsittelemme ilmoitukset luottamuksellisesti ja kerromme, kun korjaus on julkaistu.',
  ],
  da: [
    'Sikkerhedspolitik',
    'Vi tager sikkerheden alvorligt. Hvis du finder en sårbarhed, må du ikke offentliggøre den i en åben sag, men send os en beskrivelse pr. e-mail.',
    'Fortæl os hvilken version du bruger, hvordan problemet kan genskabes, og hvilke konsekvenser det har. Vi behandler alle henvendelser fortroligt og giver besked, når en rettelse er udgivet.',
  ],
  hu: [
    'Biztonsági szabályzat',
    'Komolyan vesszük a biztonságot. Ha sebezhetőséget találsz, kérjük, ne tedd közzé nyilvános hibajegyben, hanem küldd el nekünk a leírását e-mailben.',
    'Írd meg, melyik verziót használod, hogyan lehet a hibát előidézni, és milyen hatása van. A bejelentéseket bizalmasan kezeljük, és értesítünk, amikor a javítás megjelent.',
  ],
  el: [
    'Πολιτική ασφαλείας',
    'Παίρνουμε την ασφάλεια στα σοβαρά. Αν βρείτε κάποια ευπάθεια, μην τη δημοσιεύσετε σε ανοιχτό θέμα, αλλά στείλτε μας μια περιγραφή με ηλεκτρονικό ταχυδρομείο.',
    'Πείτε μας ποια έκδοση χρησιμοποιείτε, πώς μπορεί να αναπαραχθεί το πρόβλημα και ποιες είναι οι συνέπειές του. Χειριζόμαστε τις αναφορές εμπιστευτικά και σας ενημερώνουμε όταν κυκλοφορήσει η διόρθωση.',
  ],
  ro: [
    'Politica de securitate',
    'Tratăm securitatea cu seriozitate. Dacă descoperi o vulnerabilitate, te rugăm să nu o publici într-un tichet deschis, ci să ne trimiți o descriere prin e-mail.',
    'Spune-ne ce versiune folosești, cum poate fi reprodusă problema și ce consecințe are. Tratăm raportările în mod confidențial și te anunțăm când corectura a fost publicată.',
  ],
};

const NAMES = { fi: 'Finnish', da: 'Danish', hu: 'Hungarian', el: 'Greek', ro: 'Romanian' };

/** @param {string[]} parts the title, then paragraphs */
function policy([title, ...paragraphs]) {
  return md(`# ${title}`, '', ...paragraphs.flatMap((p) => [p, '']), 'security@acme-widgets.dev');
}

for (const [tag, parts] of Object.entries(POLICIES)) {
  test(`${NAMES[tag]}: one info finding on the title that names the language; no missing-section claims`, () => {
    const text = policy(parts);
    const findings = lintAll(text);
    const notice = findings.filter((f) => f.code === 'unsupported-language');
    assert.equal(notice.length, 1);
    assert.equal(notice[0].severity, 'info');
    assert.equal(text.slice(notice[0].start, notice[0].end), `# ${parts[0]}`);
    assert.match(notice[0].message, new RegExp(`written in ${NAMES[tag]} \\(${tag}\\)`));
    assert.match(notice[0].message, /skipped/);
    assert.deepEqual(notice[0].data, { language: tag, name: NAMES[tag] });
    assert.deepEqual(
      findings.filter((f) => DOCUMENT_RULES.includes(f.code)).map((f) => f.code),
      [],
    );
    // Checks that do not need to read the prose still run.
    assert.deepEqual(
      lintAll(text.replace('security@acme-widgets.dev', 'security@example.com'))
        .filter((f) => f.code === 'placeholder-email')
        .map((f) => f.code),
      ['placeholder-email'],
    );
  });
}

test('a supported language is not reported, and the section rules run', () => {
  const german = md(
    '# Sicherheitsrichtlinie',
    '',
    'Wir nehmen Sicherheit ernst. Wenn Sie eine Sicherheitslücke finden, veröffentlichen Sie sie bitte nicht in einem öffentlichen Ticket, sondern schreiben Sie uns eine E-Mail mit einer Beschreibung des Problems und der betroffenen Version.',
    '',
    'security@acme-widgets.dev',
  );
  const codes = lintAll(german).map((f) => f.code);
  assert.ok(!codes.includes('unsupported-language'));
  assert.ok(codes.includes('missing-supported-versions'));
});

test('too little text to be sure: no notice, the section rules run', () => {
  const short = md('# Tietoturva', '', 'Lähetä ilmoitus sähköpostilla.', '', 'security@acme-widgets.dev');
  const codes = lintAll(short).map((f) => f.code);
  assert.ok(!codes.includes('unsupported-language'));
  assert.ok(codes.includes('missing-reporting-section'));
});

test('an English policy with a language menu in many scripts is English', () => {
  const text = md(
    '# Security Policy',
    '',
    '[English](en.md) · [繁體中文](zh-Hant.md) · [简体中文](zh-Hans.md) · [日本語](ja.md) · [한국어](ko.md) · [Українська](uk.md) · [हिन्दी](hi.md)',
    '',
    'Report vulnerabilities privately by e-mail to security@acme-widgets.dev. We acknowledge reports within 3 business days and publish an advisory with every fix.',
  );
  assert.ok(!lintAll(text).some((f) => f.code === 'unsupported-language'));
});

test('the rule can be turned off', () => {
  const text = policy(POLICIES.fi);
  assert.ok(!lintAll(text, { rules: { 'unsupported-language': 'off' } }).some((f) => f.code === 'unsupported-language'));
});

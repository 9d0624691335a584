// German. Compounds are the rule ("Sicherheitslücke", "Arbeitstagen"), so heading and context
// words match inside words too.

import type { LanguagePack } from '../pack';

export const de: LanguagePack = {
  tag: 'de',
  spaced: true,
  headings: {
    reporting: [String.raw`\p{L}*meld(?:en|ung)\p{L}*`, String.raw`\p{L}*kontakt\p{L}*`, String.raw`\p{L}*sicherheitslücke\p{L}*`],
    'supported-versions': [String.raw`\p{L}*versionen`],
    response: [String.raw`\p{L}*reaktion\p{L}*`, String.raw`\p{L}*antwort\p{L}*`, String.raw`\p{L}*ablauf\p{L}*`],
    disclosure: [String.raw`\p{L}*offenlegung\p{L}*`, String.raw`\p{L}*veröffentlichung\p{L}*`],
    scope: [String.raw`geltungsbereich`],
  },
  versionHeader: [String.raw`version\p{L}*`],
  vague: {
    asap: [String.raw`so schnell wie möglich`, String.raw`schnellstmöglich`],
    quickly: [String.raw`umgehend`],
    timely: [String.raw`zeitnah`],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`wir`],
    possessive: [String.raw`unser(?:e|em|en|er|es)?`],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`bitte`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [String.raw`\p{L}*bestätig\p{L}*`, String.raw`\p{L}*antwort\p{L}*`, String.raw`\p{L}*rückmeldung\p{L}*`],
  supportPeriod: [String.raw`unterstützt\p{L}*`],
  disclosure: [String.raw`\p{L}*offenlegung\p{L}*`, String.raw`\p{L}*veröffentlich\p{L}*`],
};

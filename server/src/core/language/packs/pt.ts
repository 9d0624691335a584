// Portuguese.

import type { LanguagePack } from '../pack';

export const pt: LanguagePack = {
  tag: 'pt',
  spaced: true,
  headings: {
    reporting: [
      String.raw`report(?:ar|e|ando)`,
      String.raw`informar`,
      String.raw`notificar`,
      String.raw`contato`,
      String.raw`relat(?:ar|ando|o)`,
      String.raw`comunicar`,
    ],
    'supported-versions': [String.raw`versões`],
    response: [String.raw`resposta`, String.raw`processo`, String.raw`prazos?`],
    disclosure: [String.raw`divulgação`, String.raw`publicação`],
  },
  versionHeader: [String.raw`versão`, String.raw`versões`],
  vague: {
    asap: [String.raw`o mais rápido possível`, String.raw`o mais breve possível`, String.raw`assim que possível`],
    quickly: [String.raw`rapidamente`],
    timely: [],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`nós`, String.raw`\p{L}+(?:remos)`, String.raw`vamos`],
    possessive: [String.raw`noss[oa]s?`],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`por favor`, String.raw`por gentileza`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [String.raw`resposta\p{L}*`, String.raw`respond\p{L}*`, String.raw`confirma\p{L}*`, String.raw`correção`],
  supportPeriod: [String.raw`suportad\p{L}*`],
  disclosure: [String.raw`divulg\p{L}*`],
};

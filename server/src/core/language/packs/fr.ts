// French.

import type { LanguagePack } from '../pack';

export const fr: LanguagePack = {
  tag: 'fr',
  spaced: true,
  headings: {
    reporting: [String.raw`signal(?:er|ement)\p{L}*`, String.raw`rapporter`, String.raw`nous contacter`],
    'supported-versions': [],
    response: [String.raw`réponse`, String.raw`délai`, String.raw`processus`],
    disclosure: [String.raw`divulgation`, String.raw`publication`],
    scope: [String.raw`portée`],
  },
  versionHeader: [],
  vague: {
    asap: [String.raw`dès que possible`, String.raw`aussi rapidement que possible`, String.raw`le plus rapidement possible`],
    quickly: [String.raw`rapidement`],
    timely: [],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`nous`],
    possessive: [String.raw`notre`],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`veuillez`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [
    String.raw`signalement\p{L}*`,
    String.raw`évalu\p{L}*`,
    String.raw`réponse\p{L}*`,
    String.raw`répond\p{L}*`,
    String.raw`accus\p{L}*`,
    String.raw`correct\p{L}*`,
  ],
  supportPeriod: [String.raw`pris en charge`],
  disclosure: [String.raw`divulg\p{L}*`],
};

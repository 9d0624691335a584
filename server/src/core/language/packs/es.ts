// Spanish.

import type { LanguagePack } from '../pack';

export const es: LanguagePack = {
  tag: 'es',
  spaced: true,
  headings: {
    reporting: [String.raw`report(?:ar|e|ando)`, String.raw`informar`, String.raw`notificar`, String.raw`contacto`, String.raw`comunicar`],
    'supported-versions': [String.raw`versiones`],
    response: [String.raw`respuesta`, String.raw`proceso`, String.raw`plazos?`],
    disclosure: [String.raw`divulgación`, String.raw`publicación`],
    scope: [String.raw`alcance`],
  },
  versionHeader: [String.raw`versi(?:ón|ones)`],
  vague: {
    asap: [
      String.raw`lo antes posible`,
      String.raw`lo más rápido posible`,
      String.raw`tan pronto como sea posible`,
      String.raw`a la brevedad`,
    ],
    quickly: [String.raw`rápidamente`],
    timely: [],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`nosotros`, String.raw`\p{L}+(?:remos)`, String.raw`vamos`],
    possessive: [String.raw`nuestr[oa]s?`],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`por favor`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [String.raw`respuesta\p{L}*`, String.raw`respond\p{L}*`, String.raw`acus\p{L}*`, String.raw`corrección`],
  supportPeriod: [String.raw`soportad\p{L}*`],
  disclosure: [String.raw`divulg\p{L}*`],
};

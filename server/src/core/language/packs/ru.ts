// Russian.

import type { LanguagePack } from '../pack';

export const ru: LanguagePack = {
  tag: 'ru',
  spaced: true,
  headings: {
    reporting: [String.raw`сообщ\p{L}*`, String.raw`отч[её]т\p{L}*`, String.raw`контакт\p{L}*`],
    'supported-versions': [String.raw`верси\p{L}*`],
    response: [String.raw`ответ\p{L}*`, String.raw`реакци\p{L}*`, String.raw`процесс\p{L}*`, String.raw`сроки`],
    disclosure: [String.raw`раскрыти\p{L}*`, String.raw`публикаци\p{L}*`],
    scope: [String.raw`област\p{L}*`],
  },
  versionHeader: [String.raw`верси\p{L}*`],
  vague: {
    asap: [String.raw`как можно скорее`, String.raw`в кратчайшие сроки`],
    quickly: [String.raw`оперативно`],
    timely: [],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`мы`],
    possessive: [String.raw`наш\p{L}*`],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`пожалуйста`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [String.raw`ответ\p{L}*`, String.raw`подтвержд\p{L}*`, String.raw`исправ\p{L}*`],
  supportPeriod: [String.raw`поддерж\p{L}*`],
  disclosure: [String.raw`раскры\p{L}*`, String.raw`публику\p{L}*`],
};

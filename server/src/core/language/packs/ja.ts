// Japanese. No spaces between words; the subject is often left out.

import type { LanguagePack } from '../pack';

export const ja: LanguagePack = {
  tag: 'ja',
  spaced: false,
  headings: {
    reporting: [String.raw`報告`, String.raw`連絡`, String.raw`届け出`],
    'supported-versions': [String.raw`バージョン`],
    response: [String.raw`対応`, String.raw`回答`, String.raw`プロセス`],
    disclosure: [String.raw`開示`, String.raw`公表`],
    scope: [String.raw`範囲`],
  },
  versionHeader: [String.raw`バージョン`],
  vague: {
    asap: [String.raw`できるだけ早く`, String.raw`できる限り早く`],
    quickly: [String.raw`速やかに`, String.raw`迅速に`],
    timely: [],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`私たち`, String.raw`我々`, String.raw`当方`],
    possessive: [],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`ください`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [String.raw`回答`, String.raw`返信`, String.raw`対応`, String.raw`修正`, String.raw`確認`],
  supportPeriod: [String.raw`サポート`],
  disclosure: [String.raw`開示`, String.raw`公表`, String.raw`アドバイザリ`],
};

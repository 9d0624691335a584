// Korean. Words are separated by spaces, but particles and verb endings attach to them, so
// matches are not held to word boundaries.

import type { LanguagePack } from '../pack';

export const ko: LanguagePack = {
  tag: 'ko',
  spaced: false,
  headings: {
    reporting: [String.raw`제보`, String.raw`보고`, String.raw`신고`, String.raw`연락`],
    'supported-versions': [String.raw`버전`],
    response: [String.raw`응답`, String.raw`대응`, String.raw`처리`, String.raw`절차`],
    disclosure: [String.raw`공개 정책`, String.raw`공개 일정`],
    scope: [String.raw`범위`],
  },
  versionHeader: [String.raw`버전`],
  vague: {
    asap: [String.raw`가능한 한 빨리`, String.raw`최대한 빨리`],
    quickly: [String.raw`신속하게`],
    timely: [],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`저희`, String.raw`우리`],
    possessive: [],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`주세요`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [String.raw`응답`, String.raw`회신`, String.raw`답변`, String.raw`답장`, String.raw`확인`, String.raw`수정`],
  supportPeriod: [String.raw`지원`],
  disclosure: [String.raw`공개 정책`, String.raw`공개 일정`, String.raw`보안 권고`, String.raw`공개합니다`, String.raw`공개됩니다`],
};

// Chinese (simplified and traditional). No spaces between words; the subject is often left out.

import type { LanguagePack } from '../pack';

export const zh: LanguagePack = {
  tag: 'zh',
  spaced: false,
  headings: {
    reporting: [String.raw`报告`, String.raw`提交`, String.raw`上报`, String.raw`反馈`, String.raw`联系`, String.raw`披露漏洞`],
    'supported-versions': [String.raw`版本`],
    response: [String.raw`响应`, String.raw`回复`, String.raw`处理`, String.raw`流程`],
    disclosure: [String.raw`披露`, String.raw`公告`],
    scope: [String.raw`范围`],
  },
  versionHeader: [String.raw`版本`],
  vague: {
    asap: [String.raw`尽快`, String.raw`尽早`],
    quickly: [],
    timely: [String.raw`及时`],
    soon: [],
    reasonable: [],
    'without-delay': [],
    'best-effort': [],
  },
  promise: {
    firstPerson: [String.raw`我们`, String.raw`我們`],
    possessive: [],
    team: [],
    intent: [],
    passive: [],
    youReceive: [],
  },
  request: [String.raw`请`],
  imperative: [],
  noPromise: [],
  condition: [],
  conjunction: [],
  leadInCondition: [],
  responseContext: [String.raw`回复`, String.raw`响应`, String.raw`确认`, String.raw`修复`],
  supportPeriod: [String.raw`支持`],
  disclosure: [String.raw`披露`, String.raw`安全公告`, String.raw`公告`],
};

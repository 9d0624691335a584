// Heading words that say what a section is about, in the languages policies are written in.
// Matched against the lower-cased plain text of a heading.

import type { SectionKind } from '../model';

const KIND_PATTERNS: [SectionKind, RegExp][] = [
  [
    'reporting',
    new RegExp(
      [
        String.raw`\breport(s|ing|ed)?\b`,
        String.raw`\bsecurity (contacts?|issues?|bugs?|problems?)\b`,
        String.raw`^\W*(contacts?|contact us|how to contact us|contact information)\W*$`,
        String.raw`\bvulnerability disclosure\b`,
        String.raw`\bresponsible disclosure\b`,
        String.raw`\bsubmit(ting)?\b`,
        String.raw`\bfound a (vulnerability|security)`,
        // de, fr, es, pt, zh, ja, ko, ru
        String.raw`meld(en|ung)|kontakt|sicherheitslücke`,
        String.raw`signal(er|ement)|rapporter|nous contacter`,
        String.raw`report(ar|e|ando)\b|informar|notificar|contacto|contato|relat(ar|ando|o)\b|comunicar`,
        String.raw`报告|提交|上报|反馈|联系|披露漏洞`,
        String.raw`報告|連絡|届け出`,
        String.raw`제보|보고|신고|연락`,
        String.raw`сообщ|отч[её]т|контакт`,
      ].join('|'),
      'u',
    ),
  ],
  [
    'supported-versions',
    new RegExp(
      [
        String.raw`\bversions?\b`,
        String.raw`\bsecurity updates?\b`,
        String.raw`\b(maintained|supported) (releases?|branches)\b`,
        String.raw`\brelease support\b`,
        String.raw`\bsupport (policy|matrix|lifecycle|window)\b`,
        String.raw`\bend of life\b|\beol\b`,
        String.raw`versionen|versiones|versões|版本|バージョン|버전|верси`,
      ].join('|'),
      'u',
    ),
  ],
  [
    'response',
    new RegExp(
      [
        String.raw`\brespon(se|ding|d)\b`,
        String.raw`\btimeline|\btime ?frames?\b|\bsla\b`,
        String.raw`\bwhat to expect\b|\bafter you report\b|\bprocess\b|\bhandling\b|\btriage\b`,
        String.raw`reaktion|antwort|ablauf|réponse|délai|processus|respuesta|proceso|plazo|resposta|processo|prazo`,
        String.raw`响应|回复|处理|流程|対応|回答|プロセス|응답|대응|처리|절차|ответ|реакци|процесс|сроки`,
      ].join('|'),
      'u',
    ),
  ],
  [
    'disclosure',
    new RegExp(
      [
        String.raw`\bdisclos`,
        String.raw`\badvisor(y|ies)\b|\bcve\b|\bembargo\b|\bpublication\b|\bannouncements?\b|\bvulnerability coordination\b`,
        String.raw`offenlegung|veröffentlichung|divulgation|publication|divulgación|divulgação|publicación|publicação`,
        String.raw`披露|公告|開示|公表|공개 정책|공개 일정|раскрыти|публикац`,
      ].join('|'),
      'u',
    ),
  ],
  ['scope', /\bscope\b|\bin scope\b|\bout of scope\b|geltungsbereich|portée|alcance|范围|範囲|범위|област/u],
  ['safe-harbor', /\bsafe harbou?r\b|\bauthori[sz]ation\b|\blegal\b/u],
  ['encryption', /\bpgp\b|\bgpg\b|\bencrypt|\bopenpgp\b|\bsigning key\b/u],
  ['acknowledgments', /\backnowledge?ments?\b|\bhall of fame\b|\bcredits?\b|\brecognition\b|\bthanks\b/u],
  ['hiring', /\bhiring\b|\bjobs?\b|\bcareers?\b/u],
];

export function sectionKinds(title: string): SectionKind[] {
  const lower = title.toLowerCase();
  return KIND_PATTERNS.filter(([, re]) => re.test(lower)).map(([kind]) => kind);
}

// Russian. Nouns and adjectives inflect for case, so vague phrases name their stems and take the
// endings of every case; verbs carry the person, so "ответим" (we will answer) promises without "мы".

import type { LanguagePack } from '../pack';

/** An adjective ending of any gender, number and case ("разумный", "разумные", "разумного" ...). */
const ADJ = String.raw`(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей)`;

/** Nouns of handling a report: what a promise is about. */
const HANDLING_NOUN = String.raw`(?:ответ|реакци|реагировани|исправлени|устранени|рассмотрени|обработк|выпуск|патч|решени|подтверждени|обновлени|уведомлени)\p{L}*`;

/** Perfective stems of handling verbs of the second conjugation (ответ-им, исправ-ит). */
const PERFECTIVE_2 = String.raw`(?:ответ|исправ|выпуст|рассмотр|сообщ|уведом|подтверд|провер|устран|обнов|реш|оцен|постав|посмотр|выдел|свяж|изуч)`;
/** Imperfective stems of what the project does with a report (отвеча-ют, исправля-ются); not сообщать, исследовать, which reporters do. */
const IMPERFECTIVE = String.raw`(?:отвеча|исправля|выпуска|рассматрива|уведомля|подтвержда|проверя|устраня|обновля|публику|анализиру|реагиру|оценива|обрабатыва|закрыва|фиксиру)`;

export const ru: LanguagePack = {
  tag: 'ru',
  spaced: true,
  headings: {
    reporting: [
      // "сообщение", not "сообщество" (community).
      String.raw`сообщ(?!еств)\p{L}*`,
      String.raw`отч[её]т\p{L}*`,
      String.raw`репорт\p{L}*`,
      String.raw`контакт\p{L}*`,
      String.raw`связ(?:ь|и|аться)`,
      String.raw`свяжитесь`,
      String.raw`обращени\p{L}*`,
      String.raw`(?:ответственн|скоординированн|координированн)\p{L}* раскрыти\p{L}*`,
      String.raw`(?:проблем|вопрос|ошибк|баг|инцидент)\p{L}* безопасности`,
      String.raw`(?:нашли|обнаружили|обнаружил|нашёл|нашел) уязвимост\p{L}*`,
      String.raw`как (?:сообщить|связаться|отправить)`,
    ],
    'supported-versions': [
      String.raw`верси\p{L}*`,
      String.raw`обновлени\p{L}* безопасности`,
      String.raw`(?:поддерживаем|сопровождаем)\p{L}* (?:релиз|выпуск|ветк|верси)\p{L}*`,
      String.raw`политик\p{L}* поддержки`,
      String.raw`жизненн\p{L}* цикл\p{L}*`,
      String.raw`(?:окончани|прекращени|срок)\p{L}* поддержки`,
    ],
    response: [
      // "ответ", not "ответственное раскрытие" (responsible disclosure).
      String.raw`ответ(?!ств)\p{L}*`,
      String.raw`реакци\p{L}*`,
      String.raw`реагировани\p{L}*`,
      String.raw`процесс\p{L}*`,
      String.raw`процедур\p{L}*`,
      String.raw`срок\p{L}*`,
      String.raw`временн\p{L}* рамк\p{L}*`,
      String.raw`обработк\p{L}*`,
      String.raw`рассмотрени\p{L}*`,
      String.raw`порядок (?:действий|работы|обработки)`,
      String.raw`что (?:ожидать|дальше|будет дальше|происходит|будет)`,
      String.raw`чего ожидать`,
      String.raw`после (?:отправки|сообщения|отч[её]та)`,
    ],
    disclosure: [
      String.raw`раскрыти\p{L}*`,
      String.raw`публикаци\p{L}*`,
      String.raw`бюллетен\p{L}*`,
      String.raw`(?:рекомендаци|уведомлени|оповещени|объявлени)\p{L}* (?:по|о|об) безопасности`,
      String.raw`эмбарго`,
      String.raw`разглашени\p{L}*`,
    ],
    scope: [String.raw`област\p{L}*`, String.raw`сфер\p{L}* действия`, String.raw`охват\p{L}*`, String.raw`рамки`],
    'safe-harbor': [String.raw`безопасн\p{L}* гаван\p{L}*`, String.raw`правов\p{L}*`, String.raw`юридическ\p{L}*`],
    encryption: [String.raw`шифр\p{L}*`, String.raw`(?:открыт|публичн)\p{L}* ключ\p{L}*`, String.raw`ключ\p{L}* подписи`],
    acknowledgments: [String.raw`благодарност\p{L}*`, String.raw`зал славы`, String.raw`признани\p{L}*`, String.raw`поощрени\p{L}*`],
    hiring: [String.raw`ваканси\p{L}*`, String.raw`карьер\p{L}*`, String.raw`работа у нас`],
  },
  versionHeader: [String.raw`верси\p{L}*`, String.raw`релиз\p{L}*`, String.raw`выпуск\p{L}*`],
  vague: {
    asap: [
      String.raw`как можно (?:скорее|быстрее|раньше|оперативнее)`,
      String.raw`(?:в|во) (?:максимально |самые |самый )?(?:наи)?(?:кратчайш|коротк)${ADJ} (?:сроки|срок|время|период)`,
      String.raw`при (?:первой|малейшей) (?:же )?возможности`,
      String.raw`как только (?:мы |я )?(?:сможем|смогу|сумеем|будет возможно|это будет возможно|появится возможность)`,
      String.raw`максимально (?:быстро|оперативно|скоро)`,
      String.raw`так (?:быстро|скоро),? как (?:только )?(?:это )?(?:возможно|сможем|смогу)`,
    ],
    quickly: [
      String.raw`оперативно`,
      String.raw`быстро`,
      String.raw`в оперативном порядке`,
      String.raw`(?:оперативн|быстр|скор)${ADJ} ${HANDLING_NOUN}`,
      String.raw`скорейш${ADJ} ${HANDLING_NOUN}`,
    ],
    timely: [
      String.raw`своевременно`,
      String.raw`своевременн${ADJ} (?:образом|${HANDLING_NOUN})`,
      String.raw`в (?:надлежащ|должн)${ADJ} (?:срок(?:и)?|время)`,
    ],
    soon: [
      String.raw`вскоре`,
      String.raw`скоро`,
      String.raw`в ближайшее время`,
      String.raw`в скором времени`,
      String.raw`в (?:ближайшем|скором|обозримом) будущем`,
      String.raw`в течение ближайшего времени`,
      String.raw`в ближайшие (?:дни|недели)`,
      String.raw`в сво[её] время`,
      String.raw`в должное время`,
    ],
    reasonable: [
      String.raw`(?:(?:в|за|в течение|в пределах) )?(?:разумн|приемлем)${ADJ} (?:срок(?:и|а|ов)?|время|времени|период(?:а)?(?: времени)?|промежут(?:ок|ка) времени)`,
      String.raw`(?:(?:в|за|в течение) )?разумн${ADJ} (?:количеств(?:о|а)) времени`,
      String.raw`разумно (?:быстро|скоро|оперативно)`,
    ],
    'without-delay': [
      String.raw`без (?:(?:неоправданн|излишн|лишн|ненужн|необоснованн|неразумн|дальнейш)${ADJ} |каких-либо |всяких |каких бы то ни было )?(?:задерж(?:ки|ек|ками)|промедлени(?:я|й)|проволочек|отлагательств(?:а)?)`,
      // Literally "without slowing down": without delay, not "immediately" (немедленно).
      String.raw`незамедлительно`,
      String.raw`безотлагательно`,
    ],
    'best-effort': [
      String.raw`по мере (?:возможности|возможностей|сил|наличия (?:свободного )?времени|появления (?:свободного )?времени)`,
      String.raw`в меру (?:(?:наших|моих|своих) )?(?:сил|возможностей)`,
      String.raw`когда (?:это )?(?:возможно|будет возможно)`,
      String.raw`когда (?:у (?:нас|меня) )?(?:будет|появится|есть) (?:свободное )?время`,
      String.raw`когда (?:мы |я )?(?:сможем|смогу)`,
      String.raw`(?:если|когда|как) (?:позволит|позволяет|позволят|позволяют) (?:время|ресурсы)`,
      String.raw`в (?:(?:сво[её]|наше|мо[её]) )?свободное время`,
      String.raw`по принципу (?:«|")?(?:наилучших|максимальных|разумных) усилий(?:»|")?`,
    ],
  },
  promise: {
    firstPerson: [
      String.raw`мы`,
      String.raw`я`,
      // 1pl of the first conjugation after a vowel (отвечаем, постараемся, опубликуем), and the
      // irregular ones (будем, сможем, свяжемся, пришлём).
      String.raw`\p{L}{2,}(?:аем|яем|уем|еем)(?:ся)?`,
      String.raw`(?:будем|сможем|поможем|свяжемся|напишем|пришл[её]м|начн[её]м|найд[её]м|займ[её]мся|да[её]м|сделаем)`,
      // 1pl of handling verbs of the second conjugation: not adjectives in -им (последним, таким).
      String.raw`\p{L}{0,4}${PERFECTIVE_2}им(?:ся)?`,
      String.raw`\p{L}{0,4}(?:стрем|обяз|постара|стара)(?:имся|уемся|емся)`,
      // 1sg: reflexives (постараюсь, свяжусь) and the verbs of handling.
      String.raw`\p{L}{2,}(?:усь|юсь)`,
      String.raw`(?:буду|отвечу|исправлю|сообщу|рассмотрю|проверю|выпущу|опубликую|подтвержу|уведомлю|посмотрю|устраню|обновлю|отреагирую|проанализирую|сделаю|отпишусь)`,
    ],
    possessive: [String.raw`наш\p{L}*`, String.raw`мо(?:й|я|[её]|и|его|ей|ему|им|их|ими|ю)`],
    team: [
      String.raw`команд\p{L}*`,
      String.raw`(?:мейнтейнер|майнтейнер|ментейнер|сопровождающ|разработчик|владел|администратор)\p{L}*`,
      String.raw`автор(?:ы|ов|ам|ами|а|у|ом)?`,
    ],
    intent: [
      String.raw`буд(?:у|ем|ет|ут)`,
      String.raw`(?:по)?стара(?:юсь|емся|ется|ются)`,
      String.raw`стрем(?:люсь|имся|ится|ятся)`,
      String.raw`обязу(?:юсь|емся|ется|ются)`,
      String.raw`намерен(?:ы|а)?`,
      String.raw`намерева(?:юсь|емся|ется|ются)`,
      String.raw`планиру(?:ю|ем|ет|ют)`,
      String.raw`собира(?:юсь|емся|ется|ются)`,
      String.raw`(?:по)?пыта(?:юсь|емся|ется|ются)`,
      String.raw`(?:приложим|приложу|прилагаем|прилагаю) (?:все |максимум )?(?:возможные )?усили\p{L}*`,
      String.raw`сдела(?:ю|ем|ет|ют) (?:всё|все) (?:возможное|от нас зависящее)`,
      String.raw`гарантиру(?:ю|ем|ет|ют)`,
      String.raw`обеща(?:ю|ем|ет|ют)`,
      String.raw`(?:наша|моя) (?:цель|задача)`,
      String.raw`цель\p{L}* (?:является|—|–|-)`,
      // Third-person perfective futures of handling verbs: "команда ответит", "Acme выпустит".
      String.raw`\p{L}{0,4}${PERFECTIVE_2}(?:ит|ят|ат)(?:ся)?`,
      String.raw`\p{L}{0,4}(?:публику|анализиру|реагиру)(?:ет|ют)`,
      String.raw`свяж(?:ется|утся)`,
    ],
    passive: [
      // Reflexive passives of handling verbs ("отчёты рассматриваются"), the impersonal 3pl
      // ("на сообщения отвечают"), short participles after быть ("должна быть исправлена").
      // Not in a relative clause: "исследователи, которые отвечают ...".
      String.raw`(?<!котор\p{L}{0,3} (?:\p{L}+ ){0,2})\p{L}{0,4}${IMPERFECTIVE}(?:ет|ют)(?:ся)?`,
      String.raw`(?:был[аои]?|будет|будут|должн\p{L}{0,2} быть|может быть|могут быть) (?:\p{L}+о )?\p{L}+(?:ен|ена|ено|ены|ан|ана|ано|аны|ят|ята|ято|яты|ит|ита|ито|иты|ыт|ыта|ыто|ыты)`,
    ],
    youReceive: [
      String.raw`(?:вы )?получите`,
      String.raw`(?:вам|вас) (?:\p{L}+ )?(?:ответят|уведомят|сообщат|известят|проинформируют|оповестят|напишут)`,
      String.raw`с вами свяжутся`,
      String.raw`вы (?:будете )?(?:уведомлены|проинформированы|оповещены|извещены)`,
      String.raw`(?:можете|можно) (?:рассчитывать на|ожидать) (?:\p{L}+ )?(?:ответ|подтверждени|реакци|обновлени)\p{L}*`,
      String.raw`ожидайте (?:\p{L}+ )?(?:ответ|подтверждени)\p{L}*`,
    ],
  },
  request: [
    String.raw`пожалуйста`,
    String.raw`просим`,
    String.raw`просьба`,
    String.raw`(?:призываем|рекомендуем|советуем|предлагаем) (?:вам|вас|всем|исследовател\p{L}*|пользовател\p{L}*)`,
    String.raw`(?:вы|пользователи|исследователи) (?:должны|обязаны)`,
    String.raw`(?:вам|пользователям|исследователям) (?:следует|нужно|необходимо|рекомендуется|стоит)`,
    String.raw`следует`,
    String.raw`рекомендуется`,
    String.raw`необходимо`,
    String.raw`(?:дайте|предоставьте|оставьте|дай|дадите) (?:нам|мне)`,
    String.raw`(?:позвол|помо[гж]|помога|даст|дадут)\p{L}* (?:нам|мне)`,
    String.raw`(?:для того,? )?чтобы (?:мы|я)`,
    String.raw`не (?:ожидайте|ждите|рассчитывайте)`,
    String.raw`если вы не (?:получили|получите|услышите|дождались)`,
    String.raw`будем (?:благодарны|признательны|рады)`,
  ],
  imperative: [
    // Second-person imperatives: сообщите, используйте, отправьте, свяжитесь.
    String.raw`\p{L}{2,}(?:ите|йте|ьте)(?:сь)?`,
    String.raw`(?:сообщи|отправь|напиши|свяжись|обратись|укажи|опиши|используй|создай|открой|обнови|проверь|дай|подожди|не|никогда)`,
  ],
  noPromise: [
    String.raw`благодар\p{L}*`,
    String.raw`спасибо`,
    String.raw`цен(?:им|ю)`,
    String.raw`приветству\p{L}*`,
    String.raw`признательн\p{L}*`,
    String.raw`рад(?:ы)?`,
    String.raw`поощря\p{L}*`,
  ],
  condition: [String.raw`(?:если|когда|как только|пока|прежде чем|в случае если) (?:вы|ты)`],
  conjunction: [
    String.raw`и`,
    String.raw`а`,
    String.raw`но`,
    String.raw`или`,
    String.raw`либо`,
    String.raw`затем`,
    String.raw`потом`,
    String.raw`после чего`,
    String.raw`однако`,
    String.raw`тогда`,
  ],
  leadInCondition: [
    String.raw`котор\p{L}*`,
    String.raw`кто`,
    String.raw`если вы`,
    String.raw`когда вы`,
    String.raw`вы (?:должны|обязуетесь)`,
    String.raw`пожалуйста`,
    String.raw`(?:пожалуйста,? )?укажите`,
  ],
  responseContext: [
    String.raw`ответ(?!ств)\p{L}*`,
    String.raw`отвеч\p{L}*`,
    String.raw`подтвержд\p{L}*`,
    String.raw`подтверд\p{L}*`,
    String.raw`получени\p{L}*`,
    String.raw`рассмотр\p{L}*`,
    String.raw`реаги\p{L}*`,
    String.raw`реакци\p{L}*`,
    String.raw`обработ\p{L}*`,
    String.raw`анализ\p{L}*`,
    String.raw`проанализир\p{L}*`,
    String.raw`оцен\p{L}*`,
    String.raw`изуч\p{L}*`,
    String.raw`провер\p{L}*`,
    String.raw`расслед\p{L}*`,
    String.raw`триаж\p{L}*`,
    String.raw`первичн\p{L}*`,
    String.raw`первый ответ`,
    String.raw`уведом\p{L}*`,
    String.raw`информир\p{L}*`,
    String.raw`проинформир\p{L}*`,
    String.raw`сообщ(?:им|ит|ат|аем)`,
    String.raw`свяж\p{L}*`,
    String.raw`в курсе`,
    String.raw`о ходе`,
  ],
  fix: [
    String.raw`исправ\p{L}*`,
    String.raw`устран\p{L}*`,
    String.raw`патч\p{L}*`,
    String.raw`заплатк\p{L}*`,
    String.raw`(?:решим|решить|решена|решены|решено)`,
    String.raw`решени\p{L}* (?:проблем|уязвимост|ошибк)\p{L}*`,
    String.raw`смягч\p{L}*`,
    String.raw`митигац\p{L}*`,
    String.raw`корректир\p{L}*`,
    String.raw`коррекци\p{L}*`,
    String.raw`почин\p{L}*`,
    String.raw`обходн\p{L}* (?:пут|решени)\p{L}*`,
  ],
  supportPeriod: [String.raw`поддерж(?:ива|ка|ки|ку|кой|ек|ат)\p{L}*`, String.raw`жизненн\p{L}* цикл\p{L}*`, String.raw`eol`],
  disclosure: [
    String.raw`раскры\p{L}*`,
    String.raw`(?:о|раз)?публик(?:ова|у)\p{L}*`,
    String.raw`бюллетен\p{L}*`,
    String.raw`(?:рекомендаци|уведомлени|оповещени)\p{L}* (?:по|о|об) безопасности`,
    String.raw`эмбарго`,
    String.raw`публичн\p{L}* (?:объявлени|сообщени)\p{L}*`,
  ],
};

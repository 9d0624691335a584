// Arabic (Modern Standard Arabic, as policies are written). Conjunctions and prepositions are
// written onto the word ("وسنقوم", "بسرعة", "للإصدارات"), so sources carry the proclitics they
// need; the future is the prefix س ("سنرد", "سيتم") and the person is in the verb ("نرد" we reply).

import type { LanguagePack } from '../pack';

/**
 * The spellings people use interchangeably: hamza on alif left out (أسرع/اسرع, إصدار/اصدار),
 * tā' marbūṭa written as hā' (ثغرة/ثغره), alif maqṣūra as yā' (على/علي), and tanwīn before or after
 * the alif or not written (سريعاً/سريعًا/سريعا). Sources are written in the standard spelling.
 */
function spellings(source: string): string {
  return source
    .replace(/اً/gu, '(?:اً|ًا|ا)')
    .replace(/[أإآ]/gu, (c) => `[${c}ا]`)
    .replace(/ى/gu, '[ىي]')
    .replace(/ة/gu, '[ةه]');
}

const all = (sources: string[]): string[] => sources.map(spellings);

/** An optional "and" / "so" written onto the word. */
const AND = String.raw`(?:و|ف)?`;

/** Stems of verbs the project says of itself in the present ("نقوم" we do, "نرد" we reply, "نلتزم" we commit). */
const OWN_VERB_STEMS = String.raw`(?:قوم|لتزم|سعى|حاول|عمل|رد|ستجيب|تعامل|تواصل|قدم|صدر|نشر|علن|راجع|تحقق|صلح|بذل|هدف|عتمد|ضمن|تعهد|وفر|بلغ|خطر|عالج|قيم|أخذ|حرص|طمح|ستلم|ؤكد|تابع|نسق|ولي|هتم|فحص|عطي|منح|شارك)`;

/** Stems of the verbs of intent: commit, pledge, strive, aim, try, intend, plan, spare no effort. */
const INTENT_STEMS = String.raw`(?:لتزم|تعهد|سعى|هدف|حاول|طمح|حرص|عتزم|نوي|خطط|بذل)`;

/**
 * The future prefix on a verb: س then the person (ن we, ي he/it, ت you/she, أ I). The stems
 * after it that begin nouns are left out: سنة/سنوات (year), سياسة (policy), سيناريو, سيرفر, ستة (six),
 * and the Persian سنجش, سنگین, سنتی (same script, same matcher).
 */
const FUTURE_WE = String.raw`${AND}سن(?!ا|وات|وي|تين|تان|ج[شی]|گ|ت[یي](?!\p{L}))[\p{L}\p{M}]{2,}`;
const FUTURE_I = String.raw`${AND}سأ[\p{L}\p{M}]{2,}`;
const FUTURE_OTHER = [
  String.raw`${AND}سي(?!ا|ناري|رفر|طر|ما(?!\p{L})|دة|كيور|جنال|ستم|نما|رة)[\p{L}\p{M}]{2,}`,
  String.raw`${AND}ست(?!ا|ة|ين|ون|ريم|وديو|ور)[\p{L}\p{M}]{2,}`,
];

/** Nouns of handling a report, for "a quick reply" (the adjective follows its noun). */
const HANDLING = String.raw`(?:رد|ردود|استجابة|تأكيد|إصلاح|إصلاحات|معالجة|تصحيح|إجراء|إجراءات|تحديث|تحديثات|تجاوب|تعامل|مراجعة|تقييم|فرز|حلول)`;

/** A preposition before a team word makes it the object ("to our team", "with the developer"). */
const NOT_SUBJECT = String.raw`(?<!(?:إلى|الى|مع|من|عن|لدى|على) )`;

export const ar: LanguagePack = {
  tag: 'ar',
  spaced: true,
  headings: {
    reporting: all([
      String.raw`(?:ال)?(?:إبلاغ|تبليغ|بلاغ|بلاغات)`,
      String.raw`(?:ال)?(?:تقرير|تقارير)`,
      String.raw`(?:ال)?(?:إفصاح|كشف) (?:عن )?(?:ال)?(?:ثغر|مشكل|مشاكل)[\p{L}\p{M}]*`,
      String.raw`(?:ال)?إفصاح (?:ال)?(?:مسؤول|منسق)`,
      // "Contact" alone only as the whole heading: الاتصال is also a network connection.
      String.raw`^[\s\p{P}\p{S}]*(?:ال)?(?:اتصال|تواصل)[\s\p{P}\p{S}]*$`,
      String.raw`(?:اتصل|اتصلوا|تواصل|تواصلوا) (?:بنا|معنا)`,
      String.raw`(?:جهات|جهة|معلومات|بيانات) (?:ال)?(?:اتصال|تواصل)`,
      String.raw`(?:ال)?(?:مشاكل|مشكلات|مسائل|قضايا) (?:ال)?أمني(?:ة)?`,
      String.raw`(?:وجدت|اكتشفت) ثغر[\p{L}\p{M}]*`,
    ]),
    'supported-versions': all([
      String.raw`(?:ال)?إصدار(?:ات)?`,
      String.raw`(?:ال)?نسخ(?:ة)? (?:ال)?(?:مدعوم|مصان)[\p{L}\p{M}]*`,
      String.raw`(?:ال)?تحديثات (?:ال)?(?:أمان|أمن|أمني(?:ة)?)`,
      String.raw`(?:سياسة|فترة|مدة|جدول|دورة|مصفوفة|حالة) (?:ال)?دعم`,
      String.raw`دعم (?:ال)?(?:إصدارات|نسخ)`,
      String.raw`نهاية (?:ال)?(?:دعم|عمر)`,
    ]),
    response: all([
      String.raw`(?:ال)?(?:استجابة|رد|ردود)`,
      String.raw`(?:ال)?(?:جدول|إطار|خط) (?:ال)?زمني`,
      String.raw`(?:ال)?(?:مهل|مدد) (?:ال)?زمني(?:ة)?`,
      String.raw`[\p{L}\p{M}]{0,2}توقع[\p{L}\p{M}]{0,2}`,
      String.raw`(?:ال)?(?:عملية|عمليتنا|فرز)`,
      String.raw`(?:ال)?(?:آلية|معالجة) (?:ال)?(?:تعامل|معالجة|استجابة|رد|بلاغات|تقارير|ثغرات)`,
      String.raw`(?:ال)?(?:تعامل|إجراءات|خطوات|مراحل) (?:مع )?(?:ال)?(?:بلاغات|تقارير|ثغرات|معالجة)`,
      String.raw`التزام(?:نا|اتنا)`,
      String.raw`(?:ما )?نعد(?:ك|كم) به`,
      String.raw`وعودنا`,
      String.raw`اتفاقي(?:ة|ات) مستوى (?:ال)?خدمة`,
      String.raw`بعد (?:ال)?(?:إبلاغ|تقديم)`,
    ]),
    disclosure: all([
      String.raw`(?:ال)?إفصاح`,
      String.raw`(?:ال)?كشف (?:ال)?(?:علني|عام|منسق|مسؤول)`,
      String.raw`سياسة (?:ال)?(?:كشف|نشر|إعلان)`,
      String.raw`(?:ال)?(?:نشرة|نشرات|تنبيه|تنبيهات|إشعار|إشعارات|تحذير|تحذيرات|استشارة|استشارات|إعلان|إعلانات) (?:ال)?(?:أمان|أمن|أمني(?:ة)?)`,
      String.raw`(?:ال)?(?:نشر|إعلان) (?:ال)?(?:عام|علني|منسق|مشترك)`,
      String.raw`(?:ال)?حظر (?:ال)?(?:مؤقت|نشر)`,
      String.raw`فترة (?:ال)?حظر`,
    ]),
    scope: all([String.raw`(?:ال)?نطاق`]),
    'safe-harbor': all([
      String.raw`(?:ال)?ملاذ (?:ال)?آمن`,
      String.raw`(?:ال)?(?:حماية|ضمانات) (?:ال)?قانوني(?:ة)?`,
      String.raw`(?:ال)?تفويض`,
    ]),
    encryption: all([String.raw`(?:ال)?تشفير`]),
    acknowledgments: all([
      String.raw`(?:ال)?شكر`,
      String.raw`(?:ال)?تقدير`,
      String.raw`(?:قاعة|لوحة|لائحة) (?:ال)?(?:مشاهير|شرف)`,
      String.raw`(?:ال)?اعتراف`,
    ]),
    hiring: all([String.raw`(?:ال)?توظيف`, String.raw`(?:ال)?وظائف`, String.raw`انضم إلينا`]),
  },
  versionHeader: all([String.raw`(?:ال)?إصدار(?:ات)?`, String.raw`(?:ال)?نسخ(?:ة)?`]),
  vague: {
    asap: all([
      String.raw`و?(?:في |ب)(?:أقرب|أسرع|أقصر) (?:وقت|فرصة|مدة|فترة|زمن|شكل|طريقة)(?: (?:ممكن|ممكنة))?`,
      String.raw`و?بأسرع ما (?:يمكن|أمكن|نستطيع|يمكننا|في وسعنا)`,
      String.raw`و?(?:بال|ب)(?:سرعة|أقصى سرعة) (?:ال)?(?:ممكنة|ممكن)`,
      String.raw`و?بأقصى سرعة`,
      String.raw`(?:حالما|بمجرد أن|فور) (?:نتمكن|نستطيع|تمكننا)(?: من ذلك)?`,
    ]),
    quickly: all([
      // The adjective after a noun of handling ("رداً سريعاً", "الاستجابة السريعة"), the noun left alone.
      String.raw`(?<=(?:^|\s)${AND}(?:ب|ل)?(?:ال|ل)?${HANDLING}(?:اً)? )(?:ال)?سريع(?:ةً|ة|اً)?`,
      String.raw`و?بسرعة(?: (?:كبيرة|عالية))?`,
      String.raw`سريعاً`,
      String.raw`و?ب(?:شكل|صورة) (?:سريع|سريعة)`,
      String.raw`على وجه (?:ال)?سرعة`,
    ]),
    timely: all([
      String.raw`و?(?:في |ب)(?:ال)?(?:وقت|توقيت) (?:ال)?(?:مناسب|ملائم)`,
      String.raw`و?في حينه`,
      String.raw`و?ب(?:شكل|صورة) (?:مناسب|ملائم)(?:ة)? (?:من حيث|في) (?:ال)?(?:وقت|توقيت)`,
    ]),
    soon: all([
      String.raw`قريباً`,
      String.raw`عما قريب`,
      String.raw`و?في (?:ال)?قريب (?:ال)?عاجل`,
      String.raw`و?في (?:ال)?مستقبل (?:ال)?قريب`,
      String.raw`و?في وقت قريب`,
      String.raw`و?(?:خلال|في غضون|في|بعد) (?:وقت|فترة|مدة) (?:قصير|قصيرة)`,
    ]),
    reasonable: all([
      String.raw`(?:(?:خلال|في غضون|في|ضمن|بعد) )?(?:ال)?(?:فترة|مدة|وقت|مهلة|إطار)(?:اً)?(?: (?:ال)?زمني(?:ة|اً)?)? (?:ال)?معقول(?:ة|اً)?`,
    ]),
    'without-delay': all([
      String.raw`و?(?:من )?(?:ب)?دون (?:أي |أدنى )?(?:تأخير|تأخر|إبطاء|تأجيل)(?: (?:غير (?:مبرر|ضروري|مسوغ|لازم)|لا مبرر له|لا داعي له))?`,
      String.raw`و?بلا (?:تأخير|إبطاء)`,
    ]),
    'best-effort': all([
      String.raw`(?:كلما|متى|حيثما|عندما) (?:كان )?(?:ذلك )?(?:أمكن|ممكناً)`,
      String.raw`عند(?:ما يكون ذلك)? (?:الإمكان|ممكناً)`,
      String.raw`(?:حسب|بحسب|وفق) (?:الإمكان|الإمكانيات|الإمكانية|توفر الوقت|الوقت المتاح|ما يسمح به الوقت)`,
      String.raw`(?:عندما|حين|حينما|متى|كلما) (?:يسمح|يتوفر|يتاح) (?:لنا )?(?:ال)?(?:وقت|موارد)`,
      String.raw`(?:عندما|حين|حينما|متى|كلما) (?:نتمكن|نستطيع|يتسنى لنا)(?: من ذلك)?`,
      String.raw`(?:على أساس |ب|وفق )?(?:أفضل|أقصى) (?:جهد|الجهود|مجهود)(?: ممكن)?`,
      String.raw`(?:في|خلال) (?:أوقات|وقت) (?:ال)?فراغ(?:نا|ي)?`,
    ]),
  },
  promise: {
    firstPerson: [
      ...all([
        String.raw`${AND}نحن`,
        String.raw`${AND}(?:ب)?(?:إن|أن)(?:نا|ني)`,
        String.raw`${AND}إني`,
        String.raw`${AND}أنا`,
        String.raw`${AND}لدينا`,
        String.raw`${AND}سوف ن[\p{L}\p{M}]{2,}`,
        // لن / لم take only a verb: ن opening it is "we" ("لن نفصح", "لم نتلق").
        String.raw`${AND}(?:لن|لم) ن[\p{L}\p{M}]{2,}`,
        String.raw`${AND}(?:ل)?ن${OWN_VERB_STEMS}[\p{L}\p{M}]{0,4}`,
      ]),
      // Written with the hamza only: without it these are other words (ساعة hour, احرص "make sure").
      FUTURE_WE,
      FUTURE_I,
      // Not the past "أصلحت" (you / I fixed), which ends in ت.
      String.raw`${AND}أ(?:قوم|لتزم|سعى|سعي|حاول|عمل|رد|ستجيب|تعامل|راجع|صلح|بذل|هدف|ضمن|تعهد|عالج|حرص|نشر|صدر|تواصل|فحص)[\p{L}\p{M}]{0,3}(?<!ت|تم|تما)`,
    ],
    possessive: all([
      String.raw`(?:ال)?(?:فريقنا|التزامنا|التزاماتنا|عمليتنا|سياستنا|إجراءاتنا|خطواتنا|نهجنا|وعودنا|ضماناتنا|أهدافنا|هدفنا|آليتنا)`,
      String.raw`لدينا`,
    ]),
    team: all([
      String.raw`${NOT_SUBJECT}${AND}(?:ال)?فريق(?:نا|ه|ها)?`,
      String.raw`${NOT_SUBJECT}${AND}(?:ال)?(?:مشرف|مطور|مسؤول|قائم)(?:ون|و|ان)`,
      String.raw`${NOT_SUBJECT}${AND}ال(?:مشرف|مطور)`,
    ]),
    intent: [
      ...all([
        String.raw`${AND}سوف`,
        String.raw`${AND}(?:ن|ي)${INTENT_STEMS}[\p{L}\p{M}]{0,3}`,
        String.raw`${AND}ت(?:لتزم|تعهد|هدف|عتزم)[\p{L}\p{M}]{0,3}`,
        String.raw`${AND}(?:ن|أ)(?:ضمن|عد)(?:ك|كم)`,
        String.raw`قصارى جهد[\p{L}\p{M}]*`,
        String.raw`(?:كل|أقصى) (?:ال)?(?:جهد|جهود)`,
        String.raw`(?:ال)?هدف(?:نا|ي)?(?=\s?:|\s(?:هو|أن))`,
      ]),
      String.raw`${AND}أ${INTENT_STEMS}[\p{L}\p{M}]{0,3}`,
      FUTURE_WE,
      FUTURE_I,
      ...FUTURE_OTHER,
    ],
    passive: all([
      String.raw`${AND}(?:س|سوف )?(?:ي|ت)تم`,
      String.raw`${AND}(?:س)?(?:يُ|تُ)(?:صلح|نشر|عالج|راجع|رد|بلغ|خطر|صدر|حل|فحص)[\p{L}\p{M}]{0,3}`,
    ]),
    youReceive: all([
      String.raw`(?<!لم )(?:س|سوف )?ت(?:تلقى|تلقون|حصل على|حصلون على)`,
      String.raw`(?:س|سوف )?(?:ي|ت)صل(?:ك|كم)`,
      String.raw`(?:يمكنك|يمكنكم|بإمكانك|بإمكانكم) (?:أن )?(?:تتوقع|تتوقعوا|توقع)`,
      String.raw`توقع(?:وا)? (?:ال)?(?:رد|استجابة|إشعار|تحديث|تأكيد)(?:اً|ات)?`,
    ]),
  },
  request: [
    String.raw`يُرجى`,
    ...all([
      String.raw`${AND}يرجى`,
      String.raw`${AND}الرجاء`,
      String.raw`رجاءً?`,
      String.raw`${AND}نرجو(?:ا)?`,
      String.raw`من فضلك(?:م)?`,
      String.raw`${AND}نطلب (?:منك|منكم|من)`,
      String.raw`${AND}نأمل (?:منك(?:م)?|أن ت[\p{L}\p{M}]+)`,
      String.raw`${AND}ن(?:شجع|نصح|وصي|حث|دعو)(?:ك|كم)`,
      String.raw`${AND}ن(?:شجع|نصح|وصي|حث|دعو) (?:ال)?(?:باحثين|مستخدمين|جميع|مبلغين)`,
      String.raw`${AND}ن(?:نصح|وصي) (?:ب|بشدة)`,
      String.raw`${AND}نتوقع (?:منك|منكم|من)`,
      String.raw`(?:يجب|ينبغي|يتعين) (?:عليك|عليكم|لك|لكم|على)`,
      String.raw`${AND}عليك(?:م)? (?:أن|ب)`,
      String.raw`(?:يُ|ي)(?:نصح|وصى|طلب من)`,
      String.raw`من (?:ال)?(?:مستحسن|ضروري|مهم|أفضل) أن`,
      // "give us (time)", "let us", "tell / write to / inform us"
      String.raw`${AND}(?:امنح|أعط|أمهل|امنحوا|أعطوا|أمهلوا|منح|إعطاء|إمهال)نا`,
      String.raw`${AND}(?:اسمح|اسمحوا) لنا`,
      String.raw`${AND}دع(?:و)?نا`,
      String.raw`${AND}(?:أبلغ|أخبر|راسل|أعلم|بلغ)(?:و)?نا`,
      String.raw`${AND}(?:إبلاغ|إخطار|إعلام|مراسلت|إخبار)نا`,
      String.raw`${AND}(?:تواصل|تواصلوا|اتصل|اتصلوا) (?:معنا|بنا)`,
      String.raw`${AND}(?:أرسل|أرسلوا) (?:لنا|إلينا)`,
      // Purpose, not promise: "so that we can", "it helps us".
      String.raw`(?:لكي|كي|حتى) (?:نتمكن|نستطيع|يتمكن|يستطيع)`,
      String.raw`${AND}ل(?:نتمكن|نستطيع|يتمكن|يستطيع)`,
      String.raw`${AND}(?:س)?(?:ي|ت)ساعد[\p{L}\p{M}]{0,3}`,
      String.raw`(?:ل|ب)?مساعدتنا`,
      String.raw`(?:س)?(?:ي|ت)مكن(?:نا|ننا) من`,
      String.raw`إذا لم (?:تتلق[\p{L}\p{M}]*|يصلك|يصلكم|تحصل[\p{L}\p{M}]*|تسمع[\p{L}\p{M}]*)`,
      // "do not publish / disclose / share / open ..." wherever it stands
      String.raw`${AND}لا (?:تنشر|تفصح|تكشف|تشارك|تفتح|تستغل|تحاول)[\p{L}\p{M}]{0,3}`,
      String.raw`عدم (?:ال)?(?:نشر|إفصاح|كشف|مشارك|فتح|استغلال|وصول)[\p{L}\p{M}]*`,
      String.raw`لا تتوقع(?:وا)?`,
    ]),
  ],
  imperative: all([
    String.raw`(?:أرسل|أرسلوا|أبلغ|أبلغوا|بلغ|بلغوا|قدم|قدموا|أدرج|أدرجوا|أضف|أضيفوا|اذكر|اذكروا|صف|صفوا|تواصل|تواصلوا|اتصل|اتصلوا|راسل|راسلوا)`,
    String.raw`(?:استخدم|استخدموا|استعمل|قم|قوموا|انتظر|انتظروا|امنح|امنحوا|أعط|أعطوا|احرص|احرصوا|تأكد|تأكدوا|تجنب|تجنبوا|امتنع|امتنعوا)`,
    String.raw`(?:افتح|افتحوا|أنشئ|اتبع|اتبعوا|شارك|شاركوا|ضع|احتفظ|جرب|اكتب|اكتبوا|أخبر|أخبرونا|أعلم|راجع|اطلع|اشترك|أرفق|أرفقوا|شفر)`,
    String.raw`لا ت[\p{L}\p{M}]{2,}`,
    String.raw`عدم`,
  ]),
  noPromise: all([
    String.raw`${AND}ن(?:قدر|شكر|رحب|ثمن|شجع)[\p{L}\p{M}]{0,3}`,
    String.raw`${AND}شكراً`,
    String.raw`(?:ال)?شكر`,
    String.raw`ممتن(?:ون|ين)?`,
    String.raw`تقدير(?:نا)?`,
  ]),
  condition: all([
    String.raw`(?:إذا|إن|عندما|حين|حينما|متى|لو|في حال(?: أن)?|بمجرد أن|بعد أن|قبل أن|حالما) (?:لم |لا )?(?:ت[\p{L}\p{M}]{2,}|[\p{L}\p{M}]{2,}(?<!ا)ت(?:م)?|كنت(?:م)?)`,
  ]),
  conjunction: all([
    String.raw`ثم`,
    String.raw`لكن`,
    String.raw`ولكن`,
    String.raw`أو`,
    String.raw`بينما`,
    String.raw`في حين`,
    String.raw`و`,
    String.raw`كما أن`,
    // The Arabic question mark ends a sentence, but the sentence splitter does not know it yet: at
    // least a clause ends there ("هل لديك سؤال؟ سنرد بسرعة").
    String.raw`(?<=؟)`,
  ]),
  leadInCondition: all([
    String.raw`الذين`,
    String.raw`الذي`,
    String.raw`التي`,
    String.raw`اللذين`,
    String.raw`اللواتي`,
    String.raw`إذا كنت(?:م)?`,
    String.raw`إذا`,
    String.raw`عندما`,
    String.raw`(?:يجب|ينبغي) (?:عليك|عليكم)`,
    String.raw`عليك(?:م)?`,
    String.raw`يرجى(?: [\p{L}\p{M}]+)?`,
    String.raw`(?:شريطة|بشرط) أن`,
  ]),
  responseContext: all([
    String.raw`${AND}(?:ب|ل|لل)?(?:ال)?(?:رد|ردود)(?:اً|نا|ه|ها|ك|كم)?`,
    String.raw`${AND}(?:س)?(?:ن|ي|ت)رد(?:ون|وا)?(?:ك|كم)?`,
    String.raw`${AND}(?:س)?(?:ن|ي|ت)جيب(?:ون|وا)?(?:ك|كم)?`,
    // Telling the reporter: "سنبلغك", "إبلاغكم", "إعلامك", "إحاطتكم"; not the reporter's own report (الإبلاغ).
    String.raw`${AND}(?:س)?(?:ن|ي|ت)بلغ(?:ك|كم)`,
    String.raw`${AND}(?:ب|ل)?(?:إبلاغ|إعلام|إحاطت|إطلاع)(?:ك|كم)`,
    String.raw`(?:على )?اطلاع`,
    String.raw`[\p{L}\p{M}]{0,4}(?:استجاب|استلام|إقرار|تأكيد|مراجع|تقييم|فرز|تحقق|تحقيق|فحص|تحليل|إخطار|إشعار|إجاب|تواصل|متابع|مستجدات)[\p{L}\p{M}]{0,4}`,
  ]),
  fix: all([
    // "معالجة الثغرة" is remedying the flaw; handling the report is "التعامل مع البلاغ".
    String.raw`[\p{L}\p{M}]{0,4}(?:إصلاح|تصحيح|عالج|ترقيع|تخفيف)[\p{L}\p{M}]{0,4}`,
    String.raw`${AND}(?:س)?(?:ن|ي|ت)صلح(?:ها|ه)?`,
    String.raw`${AND}(?:ب|ل|لل)?(?:ال)?(?:حل\u0651?|حلول)(?:ها|ه)?`,
    String.raw`${AND}(?:ب|ل|لل)?(?:ال)?رقع(?:ة|ات)(?: (?:ال)?(?:أمنية|أمان))?`,
    String.raw`سد (?:ال)?ثغر[\p{L}\p{M}]*`,
  ]),
  supportPeriod: all([
    String.raw`(?:ال|لل|ب|بال)?مدعوم(?:ة|ين|ون)?`,
    String.raw`(?:ال|لل|ب|بال)?دعم`,
    String.raw`${AND}(?:س)?[نيت]دعم[\p{L}\p{M}]{0,2}`,
    String.raw`(?:ال)?صيانة`,
    String.raw`دورة (?:ال)?حياة`,
    String.raw`نهاية (?:ال)?(?:دعم|عمر)`,
    String.raw`طويل(?:ة)? (?:ال)?(?:أمد|مدى)`,
  ]),
  disclosure: all([
    String.raw`${AND}(?:ب|ل|لل)?(?:ال)?إفصاح`,
    String.raw`(?:ال)?كشف (?:ال)?(?:علني|عام|منسق|مسؤول)`,
    String.raw`(?:ال)?كشف عن (?:ال)?ثغر[\p{L}\p{M}]*`,
    String.raw`(?:ال)?(?:نشرة|نشرات|تنبيه|تنبيهات|استشارة|استشارات|إشعار|إشعارات|تحذير|تحذيرات) (?:ال)?(?:أمان|أمن|أمني(?:ة)?)`,
    // Publishing after the fix, not the reporter told not to publish ("عدم النشر بشكل علني").
    String.raw`(?<!(?:عدم|لا|تجنب) )(?:ال|لل|بال)?(?:نشر|إعلان)(?: (?:بشكل|بصورة))? (?:ال)?(?:عام|علني|علنية|منسق|مشترك)`,
    String.raw`(?:ن|ي|سن|سي)(?:نشر|علن)(?:ها|ه)? (?:بشكل|بصورة) (?:علني|عام)`,
    // The verb of disclosing in every person ("لا تفصح", "سنفصح", "يُفصح"), and revealing or
    // publishing the flaw or its details ("لا تكشف عن الثغرة", "تنشر تفاصيل المشكلة").
    String.raw`${AND}(?:س)?(?:ن|ي|ت|أ)ُ?فصح(?:وا|ون)?(?:ها|ه)?`,
    String.raw`${AND}(?:س)?(?:ن|ي|ت)ُ?(?:كشف|نشر)(?:وا|ون)? (?:عن )?(?:أي )?(?:ال)?(?:تفاصيل|ثغر|معلومات|مشكل)[\p{L}\p{M}]*`,
    String.raw`فترة (?:ال)?حظر`,
  ]),
  // To be written: the compliance-profile words of this language.
  compliance: {
    scope: [],
    noLegalAction: [],
    authorized: [],
    antiCircumvention: [],
    termsWaiver: [],
    goodFaith: [],
    reportContents: [],
    supportEnd: [],
    advisoryChannel: [],
    acknowledge: [],
    personalData: [],
    anonymous: [],
    mandatory: [],
    optional: [],
    negation: [],
    prohibition: [],
    testingMethod: [],
    permission: [],
    indefinite: [],
    timeLimit: [],
  },
};

// Persian. The verb comes last and carries the person ("می‌کنیم" we do, "خواهیم" we will), so the
// verb endings speak for the project; "ما" (we) and "من" (I) are left out: in Arabic, which shares
// the script, they are "what" and "from", in nearly every sentence.

import type { LanguagePack } from '../pack';

/**
 * The spellings of one word: "~" in a source stands for the zero-width non-joiner inside words
 * ("می‌کنیم", "آسیب‌پذیری"), which people also type as a space or leave out; the Persian yā' and
 * kāf are often typed with the Arabic letters (ي ى ك); hamza on alif is dropped (تأخیر/تاخیر); the
 * preposition "به~" is also written onto the word as ب (بسرعت, بزودی, بروزرسانی);
 * tanwīn stands before or after the alif or is left out (لطفاً/لطفًا/لطفا).
 */
function spellings(source: string): string {
  return source
    .replace(/اً/gu, '(?:اً|ًا|ا)')
    .replace(/ی/gu, '[یيى]')
    .replace(/ک/gu, '[کك]')
    .replace(/أ/gu, '[أا]')
    .replace(/به~/gu, 'ب(?:ه~)?')
    .replace(/~/gu, '[\\u200c ]?');
}

const all = (sources: string[]): string[] => sources.map(spellings);

/** A preposition before a team word that makes it the object ("to our team", "with the maintainers"). */
const NOT_SUBJECT = String.raw`(?<!(?:به|با|از|برای) )`;

/** Nouns of handling a report, for "a quick reply" (the adjective follows its noun). */
const HANDLING = String.raw`(?:پاسخ|پاسخ~دهی|پاسخ~گویی|رسیدگی|واکنش|اقدام|رفع|اصلاح|وصله|بررسی|به~روز~رسانی|انتشار)`;

export const fa: LanguagePack = {
  tag: 'fa',
  spaced: true,
  headings: {
    reporting: all([
      String.raw`گزارش(?:~(?:دهی|ها|های))?`,
      String.raw`تماس`,
      String.raw`ارتباط`,
      String.raw`افشای (?:آسیب~پذیری|مسئولانه|هماهنگ)`,
      String.raw`(?:مشکلات|مسائل|ایرادات|باگ~های|مشکل) (?:ی )?امنیتی`,
      String.raw`(?:یافتن|پیدا کردن|کشف) (?:یک )?آسیب~پذیری`,
    ]),
    'supported-versions': all([
      String.raw`نسخه`,
      String.raw`ورژن`,
      String.raw`(?:به~روز|بروز)~(?:رسانی|آوری)(?:~ها|~های)? (?:ی )?امنیتی`,
      String.raw`(?:سیاست|دوره|چرخه|جدول|وضعیت|ماتریس) (?:ی )?پشتیبانی`,
      String.raw`پشتیبانی از نسخه`,
      String.raw`پایان (?:عمر|پشتیبانی)`,
    ]),
    response: all([
      String.raw`پاسخ(?:~(?:دهی|گویی))?`,
      String.raw`واکنش`,
      String.raw`رسیدگی`,
      String.raw`(?:فرآیند|فرایند|روند|مراحل)`,
      String.raw`(?:جدول|بازه|چارچوب|خط)(?:~ی)? زمانی`,
      String.raw`زمان~بندی`,
      String.raw`انتظار[\p{L}\p{M}]*`,
      String.raw`تعهد[\p{L}\p{M}]*`,
      String.raw`سطح (?:ی )?خدمات`,
      String.raw`پس از (?:گزارش|ارسال)`,
    ]),
    disclosure: all([
      String.raw`افشا[\p{L}\p{M}]*`,
      String.raw`(?:اطلاعیه|هشدار|بولتن|توصیه~نامه|اعلان|اعلامیه)(?:~ها|~های|~ی)? (?:ی )?امنیتی`,
      String.raw`انتشار (?:عمومی|هماهنگ)`,
      String.raw`اعلان عمومی`,
      String.raw`سیاست (?:ی )?(?:افشا|انتشار)`,
    ]),
    scope: all([String.raw`محدوده`, String.raw`دامنه`]),
    'safe-harbor': all([
      String.raw`(?:بندر|پناهگاه) (?:ی )?امن`,
      String.raw`(?:حمایت|حفاظت|مصونیت) (?:ی )?(?:قانونی|حقوقی)`,
      String.raw`مجوز`,
    ]),
    encryption: all([String.raw`رمزنگاری`, String.raw`رمزگذاری`]),
    acknowledgments: all([String.raw`قدردانی`, String.raw`تشکر`, String.raw`سپاس(?:~گزاری)?`, String.raw`تالار (?:ی )?(?:مشاهیر|افتخار)`]),
    hiring: all([String.raw`استخدام`, String.raw`فرصت~های شغلی`]),
  },
  versionHeader: all([String.raw`نسخه`, String.raw`ورژن`, String.raw`نگارش`]),
  vague: {
    asap: all([
      String.raw`(?:در|به) أسرع (?:وقت|زمان)(?: ممکن)?`,
      String.raw`هر~چه (?:سریع|زود)~تر(?: ممکن)?`,
      String.raw`(?:در|با) (?:سریع|کوتاه|کم|زود)~ترین (?:زمان|مدت|وقت)(?: ممکن)?`,
      String.raw`(?:در|به) (?:اولین|نخستین) فرصت(?: ممکن)?`,
      String.raw`به~محض (?:این~که |آن~که )?(?:بتوانیم|امکان~پذیر (?:شود|باشد)|ممکن (?:شود|باشد))`,
      String.raw`(?:با|به) (?:بیشترین|حداکثر) سرعت(?: ممکن)?`,
      String.raw`تا (?:حد|جای) (?:ممکن|امکان) (?:سریع|زود)`,
    ]),
    quickly: all([
      String.raw`${HANDLING}(?:~ی|~های)? سریع(?!~تر)`,
      String.raw`به~سرعت`,
      String.raw`با سرعت(?: (?:زیاد|بالا))?`,
      String.raw`سریعاً`,
      String.raw`به~(?:طور|صورت|شکل) سریع`,
      String.raw`سریع(?!~تر)`,
    ]),
    timely: all([String.raw`به~موقع`, String.raw`در (?:زمان|وقت|موعد)(?:ی)? (?:مناسب|مقتضی|لازم)`, String.raw`سر (?:وقت|موقع)`]),
    soon: all([
      String.raw`به~زودی`,
      String.raw`در آینده(?:~ای| ی)? (?:نزدیک|نه چندان دور)`,
      String.raw`(?:ظرف|در|طی) (?:مدت|زمان)(?:~ی)? کوتاه(?:ی)?`,
      String.raw`عنقریب`,
    ]),
    reasonable: all([
      String.raw`(?:(?:در|ظرف|طی|در طول|در عرض|در مدت|در یک|ظرف یک|طی یک) )?(?:مدت~زمان|مدت|زمان|بازه(?:~ی)? زمانی|مهلت|فرصت|وقت|چارچوب زمانی)(?:ی)? (?:معقول|منطقی)(?:ی)?`,
    ]),
    'without-delay': all([String.raw`(?:بدون|بی)~(?:هیچ )?(?:تأخیر|معطلی)(?:ی)?(?: (?:غیر~ضروری|بی~مورد|ناموجه|غیر~موجه|اضافی))?`]),
    'best-effort': all([
      String.raw`هر (?:زمان|وقت|موقع)(?:ی)? که (?:ممکن باشد|امکان~پذیر باشد|بتوانیم|بتوانم|فرصت (?:کنیم|داشته باشیم)|وقت (?:کنیم|داشته باشیم))`,
      String.raw`در صورت (?:وجود|داشتن) (?:وقت|زمان|فرصت)(?: کافی)?`,
      String.raw`(?:بر اساس|با|به~صورت|بر پایه) (?:بهترین|حداکثر) (?:تلاش|کوشش)`,
      String.raw`در (?:اوقات|وقت|زمان)(?:~های|~ها)? (?:آزاد|فراغت)(?:~مان|م)?`,
      String.raw`در حد (?:توان|امکان)(?:~مان)?`,
      String.raw`(?:تا|به) (?:حدی|جایی) که (?:ممکن|امکان~پذیر) (?:است|باشد)`,
      String.raw`بسته به (?:زمان|وقت|منابع)(?: (?:در دسترس|موجود))?`,
    ]),
  },
  promise: {
    firstPerson: all([
      // The first person is in the verb: "می‌کنیم" (we do), "می‌کنم" (I do); no other person ends in م.
      String.raw`(?:ن)?می~[\p{L}\p{M}]{1,12}م`,
      String.raw`(?:ن)?(?:هستیم|هستم|داریم|دارم|خواهیم|خواهم)`,
      String.raw`[\p{L}\p{M}]{2,}ه~ایم`,
    ]),
    possessive: all([String.raw`(?:تیم|تعهد|تعهدات|فرآیند|فرایند|روند|رویکرد|سیاست|اقدامات|مراحل|وعده|قول|هدف)(?:~ها|~های|~ی)? ما`]),
    team: all([
      String.raw`${NOT_SUBJECT}تیم`,
      String.raw`${NOT_SUBJECT}(?:نگه~دارندگان|نگه~دارنده|توسعه~دهندگان|توسعه~دهنده|مسئولان|مسئولین)`,
    ]),
    intent: all([
      String.raw`(?:ن)?خواه(?:یم|م|د|ند)`,
      String.raw`(?:تلاش|سعی|کوشش) (?:می~(?:کنیم|کنم|نماییم)|خواهیم|خواهم)`,
      String.raw`متعهد(?:یم|م| هستیم| هستم| می~شویم| می~شوم| است| هستند)`,
      String.raw`(?:قصد|برنامه|هدف|تصمیم) (?:داریم|دارم)`,
      String.raw`هدف (?:ما|تیم|پروژه)`,
      String.raw`(?:تمام|نهایت|حداکثر) (?:تلاش|سعی|کوشش)`,
    ]),
    passive: all([String.raw`می~(?:شو|گرد)(?:د|ند)`, String.raw`خواه(?:د|ند) (?:شد|گردید)`]),
    youReceive: all([
      String.raw`(?:دریافت|مطلع|آگاه|باخبر|خبردار) خواهید (?:کرد|شد)`,
      String.raw`خواهید (?:شنید|گرفت)`,
      String.raw`می~توانید (?:انتظار|منتظر)`,
      String.raw`انتظار (?:[\p{L}\p{M}]+ )?داشته باشید`,
      String.raw`به شما (?:اطلاع|خبر) (?:داده خواهد شد|خواهیم داد|می~دهیم)`,
    ]),
  },
  request: all([
    String.raw`لطفاً`,
    String.raw`خواهشمند(?:یم|است|م)`,
    String.raw`خواهش می~(?:کنیم|شود|کنم)`,
    String.raw`از (?:شما|پژوهشگران|محققان|کاربران|گزارش~دهندگان|همه) (?:می~خواهیم|درخواست|تقاضا|خواهش|انتظار)`,
    String.raw`(?:درخواست|تقاضا) (?:می~کنیم|داریم|می~شود|می~گردد)`,
    // The second person plural of the imperative and subjunctive: "ارسال کنید", "گزارش دهید", "تماس بگیرید".
    String.raw`(?:ب|ن)?(?:کنید|دهید|نمایید|فرمایید|گیرید|فرستید|گذارید|سازید)`,
    String.raw`(?:شما|محققان|پژوهشگران|گزارش~دهندگان|کاربران) (?:باید|می~بایست|موظف)`,
    String.raw`(?:توصیه|پیشنهاد) می~(?:شود|کنیم|گردد)`,
    String.raw`خواسته می~شود`,
    String.raw`به ما (?:زمان|فرصت|مهلت|وقت)`,
    // Purpose, not promise: "so that we can", "it helps us".
    String.raw`تا (?:ما )?(?:بتوانیم|بتوانم)`,
    String.raw`(?:برای|به منظور) (?:این~که|آن~که) (?:ما )?(?:بتوانیم|بتوانم)`,
    String.raw`به (?:ما|تیم) کمک (?:می~کند|خواهد کرد|کند|می~کنند|خواهند کرد)`,
    String.raw`(?:به ما|به تیم) (?:اجازه|امکان) (?:می~دهد|خواهد داد)`,
    String.raw`اگر (?:هیچ )?(?:پاسخی |پاسخ )?(?:دریافت نکردید|نشنیدید)`,
    String.raw`در صورت عدم دریافت`,
  ]),
  imperative: all([String.raw`هرگز`, String.raw`حتماً`, String.raw`بفرستید`, String.raw`گزارش دهید`]),
  noPromise: all([
    String.raw`(?:قدردانی|تشکر|سپاس~گزاری|استقبال|تشویق) (?:می~کنیم|می~نماییم|می~کنم)`,
    String.raw`(?:سپاس~گزار|متشکر|ممنون|قدردان)(?:یم|م)?`,
    String.raw`ارج می~نهیم`,
    String.raw`سپاس`,
  ]),
  condition: all([String.raw`(?:اگر|چنانچه|در صورتی~که|هنگامی~که|وقتی(?:~که)?|زمانی~که|پس از این~که|قبل از این~که)`]),
  conjunction: all([
    String.raw`و`,
    String.raw`اما`,
    String.raw`ولی`,
    String.raw`سپس`,
    String.raw`یا`,
    String.raw`بلکه`,
    String.raw`در حالی~که`,
  ]),
  leadInCondition: all([
    String.raw`که`,
    String.raw`اگر`,
    String.raw`در صورتی~که`,
    String.raw`باید`,
    String.raw`لطفاً(?: [\p{L}\p{M}]+)?(?: [\p{L}\p{M}]+)?`,
  ]),
  responseContext: all([
    String.raw`پاسخ[\p{L}\p{M}]*`,
    String.raw`جواب[\p{L}\p{M}]*`,
    String.raw`واکنش`,
    String.raw`رسیدگی`,
    String.raw`تأیید[\p{L}\p{M}]*`,
    String.raw`تصدیق`,
    String.raw`اعلام وصول`,
    String.raw`دریافت`,
    String.raw`بررسی`,
    String.raw`بازبینی`,
    String.raw`ارزیابی`,
    String.raw`تحلیل`,
    String.raw`تحقیق`,
    String.raw`تریاژ`,
    String.raw`اطلاع(?:~رسانی)?`,
    String.raw`مطلع`,
    String.raw`با شما تماس`,
    String.raw`پیگیری`,
  ]),
  fix: all([
    String.raw`رفع`,
    String.raw`اصلاح[\p{L}\p{M}]*`,
    String.raw`وصله`,
    String.raw`پچ`,
    String.raw`ترمیم`,
    String.raw`تعمیر`,
    String.raw`برطرف`,
    String.raw`حل`,
    String.raw`کاهش (?:خطر|ریسک|آسیب)`,
  ]),
  supportPeriod: all([
    String.raw`پشتیبانی`,
    String.raw`نگه~داری`,
    String.raw`چرخه (?:ی )?عمر`,
    String.raw`پایان (?:عمر|پشتیبانی)`,
    String.raw`بلند~مدت`,
  ]),
  disclosure: all([
    String.raw`افشا[\p{L}\p{M}]*`,
    String.raw`(?:اطلاعیه|هشدار|بولتن|توصیه~نامه|اعلامیه)(?:~ها|~های|~ی)? (?:ی )?امنیتی`,
    String.raw`(?:به~صورت|به~طور) عمومی (?:منتشر|اعلام|افشا)`,
    String.raw`انتشار (?:عمومی|هماهنگ)`,
    String.raw`اعلان عمومی`,
    // Revealing, and publishing the details ("فاش نکنید", "جزئیات آسیب‌پذیری را منتشر کنید").
    String.raw`فاش (?:کن|نکن|کرد|نکرد|می~کن|نمی~کن|خواه|نخواه|ساز|نساز|شو|نشو|می~شو|نمی~شو)[\p{L}\p{M}]*`,
    String.raw`(?:جزئیات|اطلاعات)(?:~ی| ی)?(?: [\p{L}\p{M}\u200c]+){0,2} (?:را )?(?:منتشر|فاش|علنی)`,
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

// What a language's concrete times need beyond CLDR. durations.ts takes the names of the units
// and their plural and case forms from Intl (CLDR); this file holds only what Intl does not carry:
// spelled-out numbers, business-day qualifiers, range joiners, general unit forms CLDR lacks, and
// how a policy in the language words a deadline (for the quick fixes).
//
// Words are written in lower case; Arabic-script words as usually spelled (durations.ts folds
// hamza, harakat and letter variants on both sides).

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface DurationWords {
  /** Spelled-out numbers that stand before a unit, `word=value` separated by commas. */
  numbers?: string;
  /** Words that hold a count and a unit at once (Korean 하루 = one day). */
  countWords?: Record<string, [number, TimeUnit]>;
  /** A prefix that turns a unit into "one unit" (Indonesian se- + hari = sehari). */
  onePrefix?: string;
  /** Unit forms CLDR lacks: other case forms, spellings, synonyms in general use. */
  units?: Partial<Record<TimeUnit, string[]>>;
  /** Adjective stems written after "90-" or glued to the digits ("90-tägige", "90denní"). */
  adjectives?: Partial<Record<TimeUnit, string[]>>;
  /** Business- or calendar-day words between the number and the unit ("3 business days"). */
  qualifiersBefore?: string[];
  /** The same after the unit ("3 jours ouvrés", "3 วันทำการ"). */
  qualifiersAfter?: string[];
  /** The same written as one word with the unit ("Werktage", "arbetsdagar", "workdays"). */
  compounds?: string[];
  /** Words that join the two ends of a range ("2 bis 3"); the signs - – ~ ～ join in every language. */
  joiners?: string[];
  /**
   * Unit forms of this language that are ordinary English words ("ore", "jam", "let"): counted
   * only when the text around them is not English prose.
   */
  englishHomographs?: string[];
  /** Abbreviations that are ordinary words of the language without their dot (pt "sem" = without). */
  dottedOnly?: string[];
  /** How a policy in this language offers a deadline (the quick fixes). */
  offer: Offer;
}

export interface Offer {
  /** The "within …" frame, `{}` standing for the duration. */
  within: string;
  /**
   * The form the duration takes inside the frame: as Intl counts it ('count', "48 hours"), as
   * Intl's relative future has it ('relative', de dative "48 Stunden", "7 Tagen"), or with the
   * noun as after the number five ('five', the genitive plural ru "3 дней", cs "7 dnů").
   */
  form: 'count' | 'relative' | 'five';
  /** Business days, `{n}` standing for the number, in the form the frame takes. */
  business: string;
  /** The frame for business days when it differs from `within`. */
  businessWithin?: string;
  /** The form of the bare "90 days" (default 'count'). */
  ninetyForm?: 'count' | 'relative';
  /** Number and unit are written together ("48時間"). */
  tight?: boolean;
}

/** Signs that join the ends of a range in every language. */
export const RANGE_SIGNS = '-–—~～〜‐‑';

/** Signs of a product ("2x24 jam": two times 24 hours). */
export const TIMES_SIGNS = 'x×X';

/**
 * Unit symbols of one letter (kept out of the Intl tables, where one letter is too often
 * something else): `spaced` ones may stand apart from the number ("48 h", the SI symbol of the
 * hour), the others only glued to it ("3d", "2w"). Never "m" (minutes, months or metres).
 */
export const SYMBOLS: { symbol: string; unit: TimeUnit; spaced: boolean }[] = [
  { symbol: 'h', unit: 'hour', spaced: true },
  { symbol: 'ч', unit: 'hour', spaced: true },
  { symbol: 'd', unit: 'day', spaced: false },
  { symbol: 'w', unit: 'week', spaced: false },
];

/** Numerals of Chinese and Japanese, composed up to 99 ("九十" = 90); 半 is a half. */
export const CJK_DIGITS: Record<string, number> = {
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const CJK_TEN = '十';
export const CJK_HALF = '半';
/** Ordinal markers: "第3天" is the third day, not three days. */
export const ORDINAL_MARKERS = '第제';
/** A day number after a month ("5月1日", "5월 1일") is a date. */
export const MONTH_MARKERS = '月월';
export const DAY_AFTER_MONTH = '日일';
/** Chinese classifiers between a number and its unit ("3个小时"). */
export const CLASSIFIERS = '个個';
/**
 * Units that a spelled-out CJK numeral takes only with a deadline after them: "十分" is "very",
 * "一日も早く" is "as soon as possible", but "三日以内" is three days.
 */
export const CJK_NUMERAL_NEEDS_FRAME: Record<string, string[]> = { 日: ['以内', '内'], 分: ['以内', '内'] };

/** Common function words of English: two or more around a homograph make the text English prose. */
export const ENGLISH_FUNCTION_WORDS = [
  'the',
  'and',
  'we',
  'you',
  'will',
  'of',
  'is',
  'are',
  'our',
  'your',
  'with',
  'this',
  'that',
  'within',
  'after',
  'have',
  'has',
  'be',
  'for',
  'it',
  'please',
  'could',
  'would',
  'should',
  'can',
  'must',
  'not',
  'if',
  'from',
  'by',
  'any',
];

export const DURATION_WORDS: Record<string, DurationWords> = {
  en: {
    numbers:
      'a=1, an=1, one=1, two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9, ten=10, eleven=11, twelve=12, ' +
      'fourteen=14, fifteen=15, twenty=20, thirty=30, forty-five=45, forty five=45, sixty=60, ninety=90, a couple of=2, couple of=2',
    units: { minute: ['mins'], hour: ['hrs'], month: ['mo', 'mos'] },
    qualifiersBefore: ['business', 'working', 'calendar', 'work', 'bank'],
    compounds: ['work', 'week'],
    joiners: ['to', 'or'],
    offer: { within: 'within {}', form: 'count', business: '{n} business days' },
  },
  de: {
    numbers:
      'ein=1, eins=1, eine=1, einen=1, einem=1, einer=1, zwei=2, drei=3, vier=4, fünf=5, sechs=6, sieben=7, acht=8, ' +
      'neun=9, zehn=10, elf=11, zwölf=12, vierzehn=14, fünfzehn=15, zwanzig=20, dreißig=30, fünfundvierzig=45, sechzig=60, neunzig=90',
    units: { hour: ['std'], day: ['tg'] },
    adjectives: { minute: ['minütig'], hour: ['stündig'], day: ['tägig'], week: ['wöchig'], month: ['monatig'], year: ['jährig'] },
    compounds: ['arbeits', 'werk', 'geschäfts', 'kalender', 'bank'],
    joiners: ['bis', 'oder'],
    englishHomographs: ['tag', 'mon'],
    offer: { within: 'innerhalb von {}', form: 'relative', business: '{n} Werktagen' },
  },
  fr: {
    numbers:
      'un=1, une=1, deux=2, trois=3, quatre=4, cinq=5, six=6, sept=7, huit=8, neuf=9, dix=10, onze=11, douze=12, ' +
      'quatorze=14, quinze=15, vingt=20, trente=30, quarante-cinq=45, soixante=60, quatre-vingt-dix=90, quatre-vingts-dix=90',
    units: { year: ['année', 'années'] },
    qualifiersAfter: ['ouvrés', 'ouvrables', 'calendaires', 'francs'],
    joiners: ['à', 'ou'],
    englishHomographs: ['an'],
    dottedOnly: ['sem'],
    offer: { within: 'sous {}', form: 'count', business: '{n} jours ouvrés' },
  },
  es: {
    numbers:
      'un=1, una=1, uno=1, dos=2, tres=3, cuatro=4, cinco=5, seis=6, siete=7, ocho=8, nueve=9, diez=10, once=11, doce=12, ' +
      'catorce=14, quince=15, veinte=20, treinta=30, cuarenta y cinco=45, sesenta=60, noventa=90, un par de=2',
    units: { day: ['dias'], year: ['anos'] },
    qualifiersAfter: ['hábiles', 'habiles', 'laborables', 'naturales', 'calendario', 'corridos'],
    joiners: ['a', 'o'],
    englishHomographs: ['mes'],
    dottedOnly: ['sem'],
    offer: { within: 'en un plazo de {}', form: 'count', business: '{n} días hábiles', businessWithin: 'en {}' },
  },
  pt: {
    numbers:
      'um=1, uma=1, dois=2, duas=2, três=3, tres=3, quatro=4, cinco=5, seis=6, sete=7, oito=8, nove=9, dez=10, onze=11, ' +
      'doze=12, catorze=14, quatorze=14, quinze=15, vinte=20, trinta=30, quarenta e cinco=45, sessenta=60, noventa=90',
    units: { month: ['mes'] },
    qualifiersAfter: ['úteis', 'uteis', 'corridos'],
    joiners: ['a', 'até', 'ou'],
    dottedOnly: ['sem'],
    offer: { within: 'em até {}', form: 'count', business: '{n} dias úteis' },
  },
  it: {
    numbers:
      "un=1, uno=1, una=1, un'=1, due=2, tre=3, quattro=4, cinque=5, sei=6, sette=7, otto=8, nove=9, dieci=10, undici=11, " +
      'dodici=12, quattordici=14, quindici=15, venti=20, trenta=30, quarantacinque=45, sessanta=60, novanta=90, un paio di=2',
    qualifiersAfter: ['lavorativi', 'lavorative', 'feriali', 'solari', 'di calendario'],
    joiners: ['a', 'o'],
    englishHomographs: ['ore', 'ora'],
    offer: { within: 'entro {}', form: 'count', business: '{n} giorni lavorativi' },
  },
  nl: {
    numbers:
      'een=1, één=1, twee=2, drie=3, vier=4, vijf=5, zes=6, zeven=7, acht=8, negen=9, tien=10, elf=11, twaalf=12, ' +
      'veertien=14, vijftien=15, twintig=20, dertig=30, vijfenveertig=45, zestig=60, negentig=90',
    units: { hour: ['uren'] },
    compounds: ['werk', 'kalender'],
    joiners: ['tot', 'à', 'of'],
    offer: { within: 'binnen {}', form: 'count', business: '{n} werkdagen' },
  },
  sv: {
    numbers:
      'en=1, ett=1, två=2, tre=3, fyra=4, fem=5, sex=6, sju=7, åtta=8, nio=9, tio=10, elva=11, tolv=12, fjorton=14, ' +
      'femton=15, tjugo=20, trettio=30, fyrtiofem=45, sextio=60, nittio=90, ett par=2',
    units: { hour: ['timmars'], day: ['dygns', 'dagars'], week: ['veckors'], month: ['månaders'], year: ['års'] },
    compounds: ['arbets', 'bank', 'kalender', 'var'],
    joiners: ['till', 'à', 'eller'],
    englishHomographs: ['tim', 'dag'],
    offer: { within: 'inom {}', form: 'relative', business: '{n} arbetsdagar', ninetyForm: 'relative' },
  },
  pl: {
    numbers:
      'jeden=1, jedna=1, jedno=1, jedną=1, jednego=1, jednej=1, dwa=2, dwie=2, dwóch=2, dwu=2, trzy=3, trzech=3, ' +
      'cztery=4, czterech=4, pięć=5, pięciu=5, sześć=6, sześciu=6, siedem=7, siedmiu=7, osiem=8, ośmiu=8, dziewięć=9, ' +
      'dziewięciu=9, dziesięć=10, dziesięciu=10, jedenaście=11, dwanaście=12, czternaście=14, czternastu=14, ' +
      'piętnaście=15, piętnastu=15, dwadzieścia=20, dwudziestu=20, trzydzieści=30, trzydziestu=30, sześćdziesiąt=60, ' +
      'dziewięćdziesiąt=90, dziewięćdziesięciu=90',
    // The locative plural ("po 90 dniach").
    units: { hour: ['godzinach'], day: ['dniach'], week: ['tygodniach'], month: ['miesiącach'], year: ['latach'] },
    adjectives: { hour: ['godzinn'], day: ['dniow'], week: ['tygodniow'], month: ['miesięczn'], year: ['letni', 'roczn'] },
    qualifiersAfter: ['robocze', 'roboczych', 'roboczy', 'kalendarzowe', 'kalendarzowych', 'kalendarzowy'],
    joiners: ['do', 'lub', 'albo'],
    englishHomographs: ['lat'],
    offer: { within: 'w ciągu {}', form: 'five', business: '{n} dni roboczych' },
  },
  cs: {
    numbers:
      'jeden=1, jedna=1, jedno=1, jednu=1, jednoho=1, jedné=1, dva=2, dvě=2, dvou=2, tři=3, tří=3, čtyři=4, čtyř=4, ' +
      'pět=5, pěti=5, šest=6, šesti=6, sedm=7, sedmi=7, osm=8, osmi=8, devět=9, devíti=9, deset=10, deseti=10, ' +
      'jedenáct=11, dvanáct=12, čtrnáct=14, čtrnácti=14, patnáct=15, patnácti=15, dvacet=20, dvaceti=20, třicet=30, ' +
      'třiceti=30, šedesát=60, devadesát=90, devadesáti=90',
    units: { day: ['dní', 'dnech'], hour: ['hodinách'] },
    adjectives: { hour: ['hodinov'], day: ['denn'], week: ['týdenn'], month: ['měsíčn'], year: ['let', 'roční'] },
    qualifiersBefore: ['pracovních', 'pracovní', 'kalendářních', 'kalendářní'],
    joiners: ['až', 'nebo', 'do'],
    englishHomographs: ['let', 'den'],
    offer: { within: 'do {}', form: 'five', business: '{n} pracovních dnů' },
  },
  ru: {
    numbers:
      'один=1, одна=1, одно=1, одну=1, одного=1, одной=1, два=2, две=2, двух=2, три=3, трёх=3, трех=3, четыре=4, ' +
      'четырёх=4, четырех=4, пять=5, пяти=5, шесть=6, шести=6, семь=7, семи=7, восемь=8, восьми=8, девять=9, девяти=9, ' +
      'десять=10, десяти=10, одиннадцать=11, двенадцать=12, четырнадцать=14, четырнадцати=14, пятнадцать=15, ' +
      'пятнадцати=15, двадцать=20, двадцати=20, тридцать=30, тридцати=30, шестьдесят=60, девяносто=90, пару=2, пара=2',
    units: { day: ['сутки', 'суток'] },
    adjectives: { hour: ['часов'], day: ['дневн'], week: ['недельн'], month: ['месячн'], year: ['летн'] },
    qualifiersBefore: ['рабочих', 'рабочие', 'рабочий', 'рабочего', 'календарных', 'календарные', 'календарный'],
    joiners: ['до', 'или'],
    offer: { within: 'в течение {}', form: 'five', business: '{n} рабочих дней' },
  },
  uk: {
    numbers:
      'один=1, одна=1, одне=1, одну=1, одного=1, однієї=1, два=2, дві=2, двох=2, три=3, трьох=3, чотири=4, чотирьох=4, ' +
      "п'ять=5, п'яти=5, шість=6, шести=6, сім=7, семи=7, вісім=8, восьми=8, дев'ять=9, дев'яти=9, десять=10, " +
      "десяти=10, одинадцять=11, дванадцять=12, чотирнадцять=14, п'ятнадцять=15, двадцять=20, двадцяти=20, " +
      "тридцять=30, тридцяти=30, шістдесят=60, дев'яносто=90, пару=2",
    units: { day: ['доба', 'доби', 'діб'] },
    adjectives: { hour: ['годинн'], day: ['денн'], week: ['тижнев'], month: ['місячн'], year: ['річн'] },
    qualifiersBefore: ['робочих', 'робочі', 'робочий', 'робочого', 'календарних', 'календарні', 'календарний'],
    joiners: ['до', 'або'],
    offer: { within: 'протягом {}', form: 'five', business: '{n} робочих днів' },
  },
  tr: {
    numbers:
      'bir=1, iki=2, üç=3, dört=4, beş=5, altı=6, yedi=7, sekiz=8, dokuz=9, on=10, on bir=11, on iki=12, on dört=14, ' +
      'on beş=15, yirmi=20, otuz=30, kırk beş=45, altmış=60, doksan=90',
    // The compound form of "iş günü", the locative ("24 saatte") and the adjective ("30 günlük").
    units: {
      minute: ['dakikada', 'dakikalık'],
      hour: ['saatte', 'saatlik'],
      day: ['günü', 'günde', 'günlük'],
      week: ['haftada', 'haftalık'],
      month: ['ayda', 'aylık'],
      year: ['yılda', 'yıllık'],
    },
    qualifiersBefore: ['iş', 'takvim'],
    joiners: ['ila', 'veya'],
    englishHomographs: ['ay'],
    offer: { within: '{} içinde', form: 'count', business: '{n} iş günü' },
  },
  id: {
    numbers:
      'satu=1, dua=2, tiga=3, empat=4, lima=5, enam=6, tujuh=7, delapan=8, sembilan=9, sepuluh=10, sebelas=11, ' +
      'dua belas=12, empat belas=14, lima belas=15, dua puluh=20, tiga puluh=30, empat puluh lima=45, enam puluh=60, ' +
      'sembilan puluh=90',
    onePrefix: 'se',
    qualifiersAfter: ['kerja', 'kalender'],
    joiners: ['sampai', 'hingga', 'atau'],
    englishHomographs: ['jam'],
    offer: { within: 'dalam {}', form: 'count', business: '{n} hari kerja' },
  },
  vi: {
    numbers:
      'một=1, hai=2, ba=3, bốn=4, năm=5, sáu=6, bảy=7, tám=8, chín=9, mười=10, mười một=11, mười hai=12, mười bốn=14, ' +
      'mười lăm=15, hai mươi=20, ba mươi=30, bốn mươi lăm=45, sáu mươi=60, chín mươi=90',
    qualifiersAfter: ['làm việc'],
    joiners: ['đến', 'tới', 'hoặc'],
    offer: { within: 'trong vòng {}', form: 'count', business: '{n} ngày làm việc' },
  },
  ar: {
    numbers:
      'ثلاثة=3, ثلاث=3, أربعة=4, أربع=4, خمسة=5, خمس=5, ستة=6, ست=6, سبعة=7, سبع=7, ثمانية=8, ثماني=8, تسعة=9, تسع=9, ' +
      'عشرة=10, عشر=10, أحد عشر=11, اثنا عشر=12, اثني عشر=12, خمسة عشر=15, خمس عشرة=15, عشرين=20, عشرون=20, ' +
      'ثلاثين=30, ثلاثون=30, ستين=60, ستون=60, تسعين=90, تسعون=90',
    qualifiersAfter: ['عمل', 'العمل'],
    joiners: ['إلى', 'أو'],
    offer: { within: 'خلال {}', form: 'relative', business: '{n} أيام عمل' },
  },
  fa: {
    numbers:
      'یک=1, دو=2, سه=3, چهار=4, پنج=5, شش=6, هفت=7, هشت=8, نه=9, ده=10, یازده=11, دوازده=12, چهارده=14, پانزده=15, ' +
      'بیست=20, سی=30, چهل و پنج=45, شصت=60, نود=90',
    // "۹۰ روزه" is the adjective (a 90-day window).
    units: { hour: ['ساعته'], day: ['روزه'], week: ['هفته‌ای'], month: ['ماهه'], year: ['ساله'] },
    qualifiersAfter: ['کاری'],
    joiners: ['تا', 'یا'],
    offer: { within: 'در عرض {}', form: 'count', business: '{n} روز کاری' },
  },
  hi: {
    numbers:
      'एक=1, दो=2, तीन=3, चार=4, पाँच=5, पांच=5, छह=6, छः=6, सात=7, आठ=8, नौ=9, दस=10, ग्यारह=11, बारह=12, चौदह=14, ' +
      'पंद्रह=15, पन्द्रह=15, बीस=20, तीस=30, पैंतालीस=45, साठ=60, नब्बे=90',
    // Oblique plurals ("3 दिनों में") and the everyday synonyms of CLDR's words.
    units: {
      minute: ['मिनटों'],
      hour: ['घंटों', 'घण्टे'],
      day: ['दिनों', 'दिवस', 'दिवसों'],
      week: ['हफ्ते', 'हफ़्ते', 'हफ्ता', 'हफ़्ता', 'हफ्तों', 'हफ़्तों', 'सप्ताहों'],
      month: ['महीनों'],
      year: ['साल', 'सालों', 'वर्षों'],
    },
    qualifiersBefore: ['कार्य', 'कामकाजी', 'व्यावसायिक', 'व्यापारिक'],
    compounds: ['कार्य'],
    joiners: ['से', 'या'],
    offer: { within: '{} के भीतर', form: 'count', business: '{n} कार्य दिवस' },
  },
  th: {
    numbers:
      'หนึ่ง=1, สอง=2, สาม=3, สี่=4, ห้า=5, หก=6, เจ็ด=7, แปด=8, เก้า=9, สิบ=10, สิบเอ็ด=11, สิบสอง=12, สิบสี่=14, ' +
      'สิบห้า=15, ยี่สิบ=20, สามสิบ=30, สี่สิบห้า=45, หกสิบ=60, เก้าสิบ=90',
    qualifiersAfter: ['ทำการ', 'ทำงาน'],
    joiners: ['ถึง', 'หรือ'],
    offer: { within: 'ภายใน {}', form: 'count', business: '{n} วันทำการ' },
  },
  zh: {
    // Traditional characters come from Intl's zh-Hant; these are the everyday words CLDR lacks.
    units: {
      hour: ['个小时', '個小時', '钟头', '鐘頭'],
      day: ['日', '工作日', '工作天', '营业日', '營業日', '自然日'],
      week: ['星期', '个星期', '個星期', '个礼拜', '個禮拜'],
    },
    joiners: ['到', '至', '或'],
    offer: { within: '在{}内', form: 'count', business: '{n}个工作日', tight: true },
  },
  ja: {
    units: {
      hour: ['時間'],
      day: ['日間', '営業日', '稼働日'],
      week: ['週'],
      month: ['ヶ月', 'ヵ月', 'カ月', 'ケ月', '箇月', 'ヶ月間', 'か月間', 'カ月間'],
      year: ['年間'],
    },
    joiners: ['から', 'または'],
    offer: { within: '{}以内に', form: 'count', business: '{n}営業日', tight: true },
  },
  ko: {
    numbers: '한=1, 두=2, 세=3, 네=4, 다섯=5, 여섯=6, 일곱=7, 여덟=8, 아홉=9, 열=10',
    countWords: { 하루: [1, 'day'], 이틀: [2, 'day'], 사흘: [3, 'day'], 나흘: [4, 'day'] },
    units: { day: ['영업일', '근무일', '업무일'], week: ['주일'], month: ['달'] },
    joiners: ['에서'],
    offer: { within: '{} 이내에', form: 'count', business: '{n}영업일', tight: true },
  },
};

/** The languages whose times are read, in a fixed order (their index is their bit in a mask). */
export const DURATION_LANGUAGES = Object.keys(DURATION_WORDS);

/** Further Intl locales whose unit names count for a language (Traditional Chinese for zh). */
export const EXTRA_LOCALES: Record<string, string[]> = { zh: ['zh-Hant'] };

// Hindi (Devanagari). The verb comes last and its future ending carries the promise ("देंगे" will
// give, "करूँगा" I will do, "किया जाएगा" will be done); vowel signs are combining marks, which the
// word boundary counts as part of the word.

import type { LanguagePack } from '../pack';

/** Letters with a nukta, precomposed (as some keyboards type them). */
const PRECOMPOSED_NUKTA: Record<string, string> = {
  क: '\u0958',
  ख: '\u0959',
  ग: '\u095a',
  ज: '\u095b',
  ड: '\u095c',
  ढ: '\u095d',
  फ: '\u095e',
  य: '\u095f',
};

/**
 * The spellings of one word: a nukta letter precomposed or as letter + nukta, and left out by many
 * writers for the borrowed sounds (ज़/ज, फ़/फ; ड़ and ढ़ are other sounds and keep theirs);
 * chandrabindu and anusvara used for each other (हूँ/हूं, जाएँगे/जाएंगे).
 */
function spellings(source: string): string {
  return source
    .replace(/[\u0958-\u095f]/gu, (c) => c.normalize('NFD'))
    .replace(/([कखगजडढफय])\u093c/gu, (_, base: string) => `(?:${base}\u093c${'डढ'.includes(base) ? '' : '?'}|${PRECOMPOSED_NUKTA[base]})`)
    .replace(/[\u0901\u0902]/gu, '[\u0901\u0902]');
}

const all = (sources: string[]): string[] => sources.map(spellings);

/** A word of Devanagari letters and vowel signs. */
const WORD = String.raw`[\p{L}\p{M}]`;

/** A postposition after a noun makes it no subject ("टीम को" to the team, "टीम से" from the team). */
const NOT_OBJECT = String.raw`(?! (?:को|से|तक|के|की|का|में|पर)(?![\p{L}\p{M}]))`;

/** The future: "-ेगा/-ेगी" (he, she, it), "-ेंगे" (we, they), "-ूँगा" (I), after the verb stem. */
const FUTURE = String.raw`${WORD}{1,12}(?:ूँ|ऊँ|ें|एँ|यें|ये|े|ए)(?:गा|गी|गे)`;

export const hi: LanguagePack = {
  tag: 'hi',
  spaced: true,
  headings: {
    reporting: all([
      String.raw`रिपोर्ट${WORD}*`,
      String.raw`(?:संपर्क|सम्पर्क)`,
      String.raw`सूचित (?:करना|करें|करने)`,
      String.raw`सूचना (?:देना|दें|भेजना)`,
      String.raw`(?:भेद्यता|भेद्यताओं|कमज़ोरी|कमज़ोरियों|खामी|खामियों)(?: की| के)? (?:सूचना|प्रकटीकरण|खुलासा)`,
      String.raw`(?:ज़िम्मेदार|ज़िम्मेदारीपूर्ण|समन्वित) (?:प्रकटीकरण|खुलासा)`,
      String.raw`सुरक्षा (?:समस्या|समस्याएँ|समस्याओं|मुद्दे|मुद्दों|चिंता|चिंताएँ|बग)`,
    ]),
    'supported-versions': all([
      String.raw`संस्करण(?:ों)?`,
      String.raw`वर्ज़न(?:्स|ों)?`,
      String.raw`सुरक्षा (?:अपडेट|अपडेट्स|अद्यतन)`,
      String.raw`समर्थित`,
      String.raw`(?:समर्थन|सहायता) (?:नीति|अवधि|चक्र|स्थिति|मैट्रिक्स|सारणी)`,
      String.raw`(?:संस्करण|रिलीज़) समर्थन`,
      String.raw`जीवन ?(?:काल|चक्र)`,
    ]),
    response: all([
      String.raw`प्रतिक्रिया`,
      String.raw`जवाब`,
      String.raw`उत्तर`,
      String.raw`प्रक्रिया`,
      String.raw`समय[- ]?सीमा(?:एँ)?`,
      String.raw`समयरेखा`,
      String.raw`(?:क्या )?(?:अपेक्षा|उम्मीद) (?:करें|रखें)`,
      String.raw`रिपोर्ट (?:करने )?के बाद`,
      String.raw`(?:प्रबंधन|निपटान|निपटारा)`,
      String.raw`प्रतिबद्धता(?:एँ)?`,
    ]),
    disclosure: all([
      String.raw`प्रकटीकरण`,
      String.raw`खुलास(?:ा|े)`,
      String.raw`प्रकटन`,
      String.raw`सुरक्षा (?:सलाह|परामर्श|बुलेटिन|एडवाइज़री|घोषणा(?:एँ)?|सूचना(?:एँ)?)`,
      String.raw`प्रकाशन`,
      String.raw`सार्वजनिक (?:घोषणा|प्रकटीकरण)`,
    ]),
    scope: all([String.raw`दायरा`, String.raw`कार्यक्षेत्र`]),
    'safe-harbor': all([String.raw`सुरक्षित आश्रय`, String.raw`कानूनी`, String.raw`प्राधिकरण`]),
    encryption: all([String.raw`एन्क्रिप्शन`, String.raw`कूटलेखन`, String.raw`कूटबद्ध\p{M}*`]),
    acknowledgments: all([String.raw`आभार`, String.raw`धन्यवाद`, String.raw`श्रेय`, String.raw`सम्मान`]),
    hiring: all([String.raw`नौकरी`, String.raw`नौकरियाँ`, String.raw`भर्ती`, String.raw`करियर`]),
  },
  versionHeader: all([String.raw`संस्करण`, String.raw`वर्ज़न`, String.raw`रिलीज़`]),
  vague: {
    asap: all([
      String.raw`जल्द से जल्द`,
      String.raw`जल्दी से जल्दी`,
      String.raw`जितनी (?:जल्दी|शीघ्र|जल्द) (?:हो सके|(?:संभव|सम्भव) हो|हो सकेगा|हो पाए|हम कर सकें)`,
      String.raw`जितना (?:जल्दी|शीघ्र) (?:हो सके|(?:संभव|सम्भव) हो)`,
      String.raw`यथाशीघ्र`,
      String.raw`यथा(?:संभव|सम्भव) (?:शीघ्र|जल्दी|जल्द)`,
      String.raw`शीघ्रातिशीघ्र`,
      String.raw`(?:पहले|प्रथम|सबसे पहले|जल्द से जल्द) (?:उपलब्ध |संभव )?अवसर पर`,
    ]),
    quickly: all([
      // "तेज़" alone is also "sharp"; before a noun of handling it is "fast".
      String.raw`तेज़ (?:प्रतिक्रिया|जवाब|उत्तर|कार्रवाई|सुधार|समाधान|पैच|समीक्षा)`,
      String.raw`जल्दी(?: से)?`,
      String.raw`(?:तेज़ी|शीघ्रता|फुर्ती|तत्परता) से`,
      String.raw`शीघ्रतापूर्वक`,
      String.raw`शीघ्र(?! ही)`,
      String.raw`त्वरित(?: (?:रूप|ढंग|तरीके) से)?`,
    ]),
    timely: all([
      // Not "समय-समय पर" (from time to time) nor "किसी भी समय पर" (at any time).
      String.raw`(?<!(?:भी|किसी|हर|इस|उस|समय)[- ])समय पर`,
      String.raw`समय रहते`,
      String.raw`समयबद्ध (?:तरीके|ढंग|रूप) से`,
      String.raw`समयोचित(?: (?:ढंग|तरीके|रूप) से)?`,
      String.raw`(?:उचित|सही) समय पर`,
    ]),
    soon: all([
      String.raw`(?:बहुत )?जल्द(?: ही)?`,
      String.raw`शीघ्र ही`,
      String.raw`निकट भविष्य में`,
      String.raw`(?:कुछ ही|थोड़े ही|थोड़े|कम) समय में`,
      String.raw`(?:थोड़ी|कुछ ही) देर में`,
    ]),
    reasonable: all([String.raw`(?:एक )?(?:उचित|वाजिब|तर्कसंगत|युक्तिसंगत) (?:समय[- ]?सीमा|समयावधि|समय|अवधि)(?: (?:के (?:भीतर|अंदर)|में))?`]),
    'without-delay': all([
      String.raw`बिना (?:किसी )?(?:अनावश्यक |अनुचित |अतिरिक्त )?(?:देरी|देर|विलंब|विलम्ब)(?: के)?`,
      String.raw`(?:देरी|देर|विलंब) किए बिना`,
      String.raw`अविलंब`,
      String.raw`बगैर (?:किसी )?(?:देरी|देर)(?: के)?`,
    ]),
    'best-effort': all([
      String.raw`जब (?:भी )?(?:संभव|सम्भव) हो`,
      String.raw`जब (?:भी )?(?:हम|मैं) (?:कर सकें|कर सकूँ|कर पाएँ)`,
      String.raw`जब (?:भी )?समय (?:मिले|मिलता है|हो|अनुमति दे)`,
      String.raw`समय मिलने पर`,
      String.raw`(?:समय|संसाधनों) की उपलब्धता के (?:अनुसार|आधार पर)`,
      String.raw`(?:सर्वोत्तम|सर्वश्रेष्ठ|बेहतरीन) (?:प्रयास|प्रयासों)(?: के आधार पर)?`,
      String.raw`(?:अपने|हमारे|मेरे) (?:खाली|फ़ुर्सत के|अतिरिक्त) समय में`,
    ]),
  },
  promise: {
    firstPerson: all([
      String.raw`हम`,
      String.raw`हमने`,
      String.raw`मैं`,
      String.raw`मैंने`,
      String.raw`हूँ`,
      String.raw`${WORD}{1,12}(?:ूँ|ऊँ)(?:गा|गी)`,
    ]),
    possessive: all([String.raw`हमार(?:ा|ी|े)`, String.raw`मेर(?:ा|ी|े)`]),
    team: all([
      String.raw`टीम${NOT_OBJECT}`,
      String.raw`(?:रखरखावकर्ता|अनुरक्षक|मेंटेनर(?:्स)?|डेवलपर(?:्स)?|विकासकर्ता)${NOT_OBJECT}`,
      String.raw`(?:यह |इस )?(?:परियोजना|प्रोजेक्ट)${NOT_OBJECT}`,
    ]),
    intent: all([
      FUTURE,
      String.raw`हो(?:गा|गी|ंगे|ंगी|गे)`,
      String.raw`(?:प्रयास|कोशिश|प्रयत्न) (?:करते|करता|करती|रहता|रहती)`,
      String.raw`(?:प्रतिबद्ध|वचनबद्ध|कटिबद्ध)`,
      String.raw`(?:हमारा|मेरा|टीम का|परियोजना का) (?:लक्ष्य|उद्देश्य|प्रयास|इरादा)`,
      String.raw`लक्ष्य (?:है|रखते|रखता|रखती)`,
      String.raw`(?:हर|हरसंभव|पूरी|पूरा|भरसक) (?:संभव )?(?:कोशिश|प्रयास)`,
      String.raw`(?:वादा|गारंटी|आश्वासन) (?:करते|करता|देते|देता)`,
      String.raw`सुनिश्चित (?:करते|करता|करती)`,
    ]),
    passive: all([String.raw`${WORD}{1,10}(?:ा|ी|े|ए|ये|ई) (?:जाता|जाती|जाते)`]),
    youReceive: all([
      String.raw`(?:उम्मीद|अपेक्षा) कर सकते (?:हैं|है)`,
      String.raw`आपको (?:जवाब|उत्तर|प्रतिक्रिया|सूचना|अपडेट)(?: ${WORD}+)? मिल(?:ेगा|ेगी|ेंगे|ता है|ती है)`,
    ]),
  },
  request: all([
    String.raw`कृपया`,
    String.raw`कृपा करके`,
    String.raw`(?:आपसे|आप से) (?:अनुरोध|आग्रह|निवेदन)`,
    String.raw`(?:अनुरोध|आग्रह|निवेदन|अनुशंसा|सिफ़ारिश) (?:करते|करता|करती)`,
    String.raw`(?:प्रोत्साहित|आमंत्रित) (?:करते|करता|करती) (?:हैं|हूँ) कि`,
    String.raw`(?:अनुरोध|आग्रह|निवेदन) है कि`,
    String.raw`चाहते (?:हैं|है|हूँ) कि आप`,
    String.raw`(?:उम्मीद|अपेक्षा) (?:की जाती|करते (?:हैं|है) कि आप)`,
    String.raw`चाहिए`,
    String.raw`चाहिये`,
    String.raw`(?:आवश्यक|ज़रूरी|अनिवार्य) है कि`,
    String.raw`(?:सलाह|सुझाव) (?:दी जाती|दिया जाता|देते|देता|देती)`,
    // "give us time", "let us"
    String.raw`(?:समय|मौका|अवसर) (?:दें|दीजिए|दीजिये|देने का)`,
    // Purpose, not promise: "so that we can", "it will help us".
    String.raw`(?:ताकि|जिससे) (?:हम|मैं|टीम)`,
    String.raw`(?:हमारी|मेरी|टीम की) (?:मदद|सहायता)`,
    String.raw`(?:मदद|सहायता) (?:मिलेगी|मिलती|करेगा|करेगी|करता|करती|करते|करेंगे)`,
    String.raw`(?:जवाब|उत्तर|प्रतिक्रिया) नहीं मिल(?:ता|ती|े|ा)`,
    // The respectful imperative ("भेजिए", "कीजिए", "बताइए"), not "लिए/किए/दिए" nor "इसलिए".
    String.raw`(?!इसलि|किसलि|जिसलि|उसलि)${WORD}{2,10}(?:िए|िये|इए|इये)`,
    String.raw`(?:न|मत) ${WORD}{1,10}(?:ें|ो)`,
  ]),
  imperative: all([
    String.raw`कृपया`,
    String.raw`(?:रिपोर्ट|संपर्क|ईमेल|सुनिश्चित) करें`,
    String.raw`भेजें`,
    String.raw`ध्यान दें`,
    String.raw`कभी(?: भी)?`,
    String.raw`न`,
    String.raw`मत`,
  ]),
  noPromise: all([
    String.raw`(?:सराहना|कद्र|स्वागत) (?:करते|करता|करती)`,
    String.raw`स्वागत है`,
    String.raw`आभारी`,
    String.raw`धन्यवाद`,
    String.raw`शुक्रिया`,
    String.raw`महत्व देते`,
    String.raw`प्रोत्साहित करते`,
  ]),
  condition: all([String.raw`(?:यदि|अगर|जब|जैसे ही|ज्यों ही|जब तक) (?:आप|आपको|आपने|आपके)`]),
  conjunction: all([
    String.raw`और`,
    String.raw`लेकिन`,
    String.raw`परंतु`,
    String.raw`परन्तु`,
    String.raw`किंतु`,
    String.raw`किन्तु`,
    String.raw`या`,
    String.raw`तथा`,
    String.raw`एवं`,
    String.raw`फिर`,
    String.raw`जबकि`,
    String.raw`तो`,
    // The danda ends a sentence, but the sentence splitter does not know it yet: at least a clause
    // ends there, so that "कृपया ... भेजें। हम जल्द से जल्द जवाब देंगे।" is judged in two parts.
    String.raw`(?<=[।॥])`,
  ]),
  leadInCondition: all([
    String.raw`जो`,
    String.raw`जिन्होंने`,
    String.raw`जिनके`,
    String.raw`(?:यदि|अगर|जब) आप`,
    String.raw`कृपया(?: ${WORD}+)?`,
    String.raw`चाहिए`,
    String.raw`आपको`,
  ]),
  responseContext: all([
    String.raw`प्रतिक्रिया`,
    String.raw`जवाब`,
    String.raw`उत्तर`,
    String.raw`प्रत्युत्तर`,
    String.raw`रिस्पॉन्स`,
    String.raw`पुष्टि`,
    String.raw`स्वीकृति`,
    String.raw`स्वीकार`,
    String.raw`पावती`,
    String.raw`प्राप्ति`,
    String.raw`समीक्षा`,
    String.raw`जांच`,
    String.raw`छानबीन`,
    String.raw`आकलन`,
    String.raw`मूल्यांकन`,
    String.raw`विश्लेषण`,
    String.raw`ट्राइएज`,
    String.raw`सूचित`,
    String.raw`अवगत`,
    String.raw`संपर्क`,
    String.raw`प्रगति`,
    String.raw`फ़ॉलो[- ]?अप`,
    // A status update to the reporter, not a software update.
    String.raw`स्थिति (?:की )?(?:जानकारी|अपडेट)`,
  ]),
  fix: all([
    String.raw`सुधार${WORD}*`,
    String.raw`ठीक`,
    String.raw`पैच`,
    String.raw`फ़िक्स`,
    String.raw`समाधान`,
    String.raw`निवारण`,
    String.raw`निराकरण`,
    String.raw`शमन`,
    String.raw`मरम्मत`,
    String.raw`हल`,
    String.raw`दूर (?:कर|किय|की)${WORD}*`,
  ]),
  supportPeriod: all([String.raw`समर्थ${WORD}*`, String.raw`रखरखाव`, String.raw`जीवन ?चक्र`, String.raw`दीर्घकालिक`]),
  disclosure: all([
    String.raw`प्रकटीकरण`,
    String.raw`खुलास(?:ा|े)`,
    String.raw`प्रकट (?:करना|करने|किया|की|करेंगे|करेगा|करते)`,
    String.raw`सार्वजनिक (?:रूप से )?(?:घोषणा|प्रकाशित|जारी|खुलासा|प्रकट)`,
    String.raw`सुरक्षा (?:सलाह|परामर्श|बुलेटिन|एडवाइज़री)`,
    String.raw`एडवाइज़री`,
    // Revealing or making public, the negation between noun and verb too ("प्रकट न करें", "उजागर नहीं कर सकते").
    String.raw`(?:प्रकट|उजागर|सार्वजनिक)(?: (?:न|नहीं|मत))? (?:करें|करो|करना|करने|कर|किया|की|किए|करेंगे|करेगा|करते|कीजिए)`,
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

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

/** A word of a name or a term: letters, digits, dots and hyphens ("Acme 2.0", "तृतीय-पक्ष"). */
const TERM = String.raw`[\p{L}\p{M}\p{N}.\-]`;

/** A postposition after a noun makes it no subject ("टीम को" to the team, "टीम से" from the team). */
const NOT_OBJECT = String.raw`(?! (?:को|से|तक|के|की|का|में|पर)(?![\p{L}\p{M}]))`;

/** The future: "-ेगा/-ेगी" (he, she, it), "-ेंगे" (we, they), "-ूँगा" (I), after the verb stem. */
const FUTURE = String.raw`${WORD}{1,12}(?:ूँ|ऊँ|ें|एँ|यें|ये|े|ए)(?:गा|गी|गे)`;

/** What a reporter sends as a message, with the oblique plural ("ईमेलों"); not रिपोर्ट nor समस्या, which may be the flaw or its report. */
const MESSAGE = String.raw`(?:ईमेल|ई-मेल|संदेश|मैसेज|प्रश्न|सवाल|पूछताछ|अनुरोध)(?:ों)?`;
/** No word of the gap after the message is the flaw (कमज़ोरी, भेद्यता, समस्या, बग): it would be what is attended to. */
const NOT_FLAW = String.raw`(?!कमज़ोर|भेद्यता|खामी|समस्या|बग|त्रुटि)`;
/** Attending to it ("जवाब", "समीक्षा" count already): निपटाना, संभालना, संसाधित, ध्यान देना, कार्रवाई, देखना. */
const ATTEND = String.raw`(?:निपट${WORD}*|संभाल${WORD}*|सँभाल${WORD}*|संसाधित|प्रोसेस|ध्यान (?:दिया|दी|दे)${WORD}*|कार्रवाई|देख(?:ा|े|ी|ेंगे|ेगा|ेगी)(?!${WORD}))`;

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
    // A message attended to: "आपके ईमेल का 3 कार्य दिवसों के भीतर निपटारा किया जाएगा", "संदेशों
    // पर 2 दिनों में ध्यान दिया जाएगा"; not the flaw ("कमज़ोरियों को संभाला जाएगा" is the fix).
    String.raw`${MESSAGE}(?: ${NOT_FLAW}[^\s;।]+){0,7} ${ATTEND}`,
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
  compliance: {
    scope: all([
      // "this policy applies to / covers", "in / out of scope", "falls under this policy"
      String.raw`(?:नीति|पॉलिसी|कार्यक्रम)(?: ${TERM}+){0,8} (?:पर|में|के लिए) लागू (?:होती|होता|होते|होगी|होगा|है|हैं|नहीं)`,
      String.raw`(?:यह|ये) (?:नीति|पॉलिसी|दस्तावेज़|कार्यक्रम)(?: ${TERM}+){0,6} (?:को )?(?:कवर|शामिल) (?:करती|करता|करते|नहीं)`,
      String.raw`(?:दायरे|स्कोप|कार्यक्षेत्र) (?:में|से बाहर|के बाहर|के भीतर|के अंदर)`,
      String.raw`(?:नीति|पॉलिसी|कार्यक्रम) (?:का|के) (?:दायरा|दायरे|स्कोप)`,
      String.raw`(?:नीति|पॉलिसी|कार्यक्रम) के (?:अंतर्गत|अन्तर्गत|तहत) (?:आते|आता|आती|आने|नहीं)`,
      String.raw`(?:इन|आउट ऑफ़?)[- ]स्कोप`,
    ]),
    noLegalAction: all([
      // A legal noun, a few words, then "not": "कोई क़ानूनी कार्रवाई नहीं करेंगे".
      String.raw`(?:क़ानूनी|विधिक|न्यायिक|आपराधिक|दीवानी)(?: (?:या|और|अथवा) ${WORD}+)? (?:कार्रवाई|कार्यवाही|कदम|मुक़दमा|मुक़दमे|दावा|दावे|शिकायत)(?: ${WORD}+){0,4} (?:नहीं|न)`,
      String.raw`(?:मुक़दमा|मुक़दमे|अभियोजन|अभियोग|केस)(?: ${WORD}+){0,3} नहीं`,
      String.raw`(?:पुलिस|क़ानून प्रवर्तन|अधिकारियों) (?:को|से)(?: ${WORD}+){0,3} (?:रिपोर्ट|शिकायत)(?: ${WORD}+)? नहीं`,
      String.raw`(?:क़ानूनी|आपराधिक) (?:कार्रवाई|कार्यवाही|परिणामों|परिणाम|जोखिम)(?: के)? (?:डर|भय) (?:के )?बिना`,
      String.raw`बिना (?:किसी )?(?:क़ानूनी|आपराधिक) (?:कार्रवाई|कार्यवाही|परिणामों|परिणाम)(?: के)? (?:डर|भय)`,
    ]),
    authorized: [
      String.raw`cfaa`,
      ...all([
        // "we will consider your research authorized", "is deemed lawful"; not "ग़ैर-क़ानूनी"
        String.raw`(?<!ग़ैर[- ]?)(?:अधिकृत|वैध|क़ानूनी|विधिसम्मत|अनुमत)(?: ${WORD}+)? (?:माना|मानी|माने|मानेंगे|मानते|मानता|समझा|समझी|समझेंगे)`,
        String.raw`(?:अधिकृत|अनुमत) (?:गतिविधि|गतिविधियाँ|गतिविधियों|पहुँच|एक्सेस|शोध|अनुसंधान|परीक्षण|आचरण)`,
        String.raw`(?:सूचना प्रौद्योगिकी|आईटी) (?:अधिनियम|एक्ट|क़ानून)`,
        String.raw`कंप्यूटर (?:धोखाधड़ी|दुरुपयोग)`,
        String.raw`(?:हैकिंग[- ]?(?:विरोधी|रोधी)|एंटी[- ]?हैकिंग) (?:क़ानून|क़ानूनों|अधिनियम)`,
      ]),
    ],
    antiCircumvention: [
      String.raw`dmca`,
      ...all([
        String.raw`डीएमसीए`,
        String.raw`डिजिटल मिलेनियम कॉपीराइट`,
        String.raw`(?:एंटी|विरोधी)[- ]?(?:सर्कमवेंशन|परिहार)`,
        String.raw`(?:परिहार|सर्कमवेंशन)[- ]?(?:रोधी|विरोधी)`,
        String.raw`(?:तकनीकी|प्रौद्योगिकी|तकनीक|सुरक्षा)(?: ${WORD}+)? (?:उपायों|उपाय|नियंत्रणों|नियंत्रण)(?: ${WORD}+)? (?:को )?(?:दरकिनार|बायपास|परिहार)`,
      ]),
    ],
    termsWaiver: [
      String.raw`tos|eula`,
      ...all([
        String.raw`(?:सेवा|उपयोग|इस्तेमाल)(?: की| के)? (?:शर्तें|शर्तों|शर्त|नियम|नियमों)`,
        String.raw`(?:नियम|नियमों) (?:और|एवं|व) (?:शर्तें|शर्तों)`,
        String.raw`स्वीकार्य उपयोग (?:नीति|नीतियाँ|नीतियों)`,
        String.raw`टर्म्स ऑफ़ (?:सर्विस|यूज़)`,
      ]),
    ],
    goodFaith: all([String.raw`सद्भाव${WORD}*`, String.raw`(?:अच्छी|नेक|साफ़) (?:नीयत|नियत|इरादे|इरादों)`, String.raw`नेकनीयती`]),
    reportContents: [
      String.raw`poc|stack ?traces?`,
      ...all([
        // "steps to reproduce"
        String.raw`(?:पुनः उत्पन्न|पुन: उत्पन्न|दोबारा उत्पन्न|दोबारा पैदा|दोहराने|पुनरुत्पादित|रिप्रोड्यूस)(?: करने)? (?:के|का|की) (?:चरण|चरणों|स्टेप्स|स्टेप|तरीक़ा|तरीक़े|विधि)`,
        String.raw`(?:पुनरुत्पादन|रिप्रोडक्शन) (?:के )?(?:चरण|चरणों|स्टेप्स)`,
        String.raw`प्रूफ़ ऑफ़ कॉन्सेप्ट`,
        String.raw`(?:अवधारणा|संकल्पना) (?:का|के) (?:प्रमाण|सबूत)`,
        String.raw`(?:एक्सप्लॉइट|शोषण) (?:कोड|स्क्रिप्ट|परिदृश्य)`,
        String.raw`प्रभावित (?:संस्करण|संस्करणों|वर्ज़न|घटक|घटकों|कंपोनेंट|उत्पाद|उत्पादों|फ़ाइलें|फ़ाइलों|यूआरएल|एंडपॉइंट)`,
        // "the (potential) impact", "the severity"
        String.raw`(?:संभावित|सम्भावित|अपेक्षित) (?:प्रभाव|असर|नुक़सान)`,
        String.raw`(?:प्रभाव|असर)`,
        String.raw`(?:गंभीरता|तीव्रता)`,
        String.raw`स्टैक ?ट्रेस`,
        String.raw`(?:लॉग|लॉग्स|लॉग फ़ाइलें|त्रुटि संदेश|एरर संदेश|क्रैश लॉग)`,
        String.raw`स्क्रीनशॉट${WORD}*`,
        String.raw`(?:समस्या|भेद्यता|कमज़ोरी|खामी|बग|दोष)(?: का| की| के)? (?:विस्तृत |स्पष्ट |संक्षिप्त )?(?:विवरण|वर्णन|प्रकार)`,
        String.raw`(?:विस्तृत|स्पष्ट|संक्षिप्त) (?:विवरण|वर्णन)`,
        String.raw`(?:सुझाया गया|सुझाए गए|प्रस्तावित) (?:समाधान|फ़िक्स|सुधार|पैच|निवारण)`,
        String.raw`(?:कॉन्फ़िगरेशन|विन्यास) (?:विवरण|फ़ाइलें|फ़ाइल|सेटिंग्स)`,
      ]),
    ],
    supportEnd: [
      String.raw`eol`,
      ...all([
        String.raw`(?:समर्थन|सहायता|रखरखाव|जीवनकाल|जीवन ?चक्र)(?: की| का)? (?:समाप्ति|अंत)`,
        String.raw`(?:समर्थन|सहायता|रखरखाव)(?: ${TERM}+){0,3} (?:समाप्त|बंद)`,
        String.raw`(?:एंड ऑफ़ (?:लाइफ़|सपोर्ट)|ईओएल)`,
        String.raw`तक (?:समर्थित|समर्थन|सुरक्षा (?:अपडेट|अद्यतन|सुधार|पैच))`,
        String.raw`(?:अंतिम|आख़िरी) (?:सुरक्षा )?(?:रिलीज़|अपडेट|पैच|संस्करण)`,
        String.raw`(?:सुरक्षा )?(?:समर्थन|सहायता|रखरखाव) (?:अवधि|काल|की अवधि)`,
        String.raw`(?:अब )?समर्थित नहीं`,
      ]),
    ],
    advisoryChannel: [
      String.raw`cves?|ghsa|osv|nvd|changelog`,
      ...all([
        String.raw`सुरक्षा (?:सलाह|परामर्श|परामर्शों|बुलेटिन|एडवाइज़री|घोषणा|घोषणाएँ|घोषणाओं|सूचना|सूचनाएँ)`,
        String.raw`एडवाइज़री${WORD}*`,
        String.raw`सीवीई`,
        String.raw`(?:रिलीज़) (?:नोट्स|नोट|टिप्पणियाँ|टिप्पणियों)`,
        String.raw`चेंज ?लॉग|परिवर्तन (?:लॉग|सूची)`,
        String.raw`(?:मेलिंग|ईमेल|घोषणा) (?:सूची|लिस्ट)`,
        String.raw`ब्लॉग`,
        String.raw`राष्ट्रीय भेद्यता डेटाबेस`,
      ]),
    ],
    acknowledge: all([
      String.raw`(?:प्राप्ति|मिलने|प्राप्त होने)(?: की)? (?:पुष्टि|स्वीकृति)`,
      String.raw`पावती`,
      String.raw`अभिस्वीकृति`,
      String.raw`(?:प्रारंभिक|प्रारम्भिक|पहली|पहला|शुरुआती|आरंभिक) (?:प्रतिक्रिया|जवाब|उत्तर|संपर्क|प्रत्युत्तर)`,
    ]),
    personalData: all([
      String.raw`(?:पूरा|पूर्ण|असली|वास्तविक|क़ानूनी) नाम`,
      String.raw`(?:फ़ोन|मोबाइल|टेलीफ़ोन|दूरभाष|संपर्क) (?:नंबर|नम्बर|संख्या)`,
      String.raw`(?:डाक|घर का|आवासीय|निवास का|स्थायी) पता`,
      String.raw`पासपोर्ट`,
      String.raw`(?:पहचान|परिचय) पत्र`,
      String.raw`(?:सरकारी|राष्ट्रीय) (?:पहचान|आईडी)`,
      String.raw`(?:आधार|पैन|वोटर) (?:कार्ड|संख्या|नंबर)`,
      String.raw`जन्म ?(?:तिथि|तारीख़|दिनांक)`,
    ]),
    anonymous: all([
      String.raw`गुमनाम${WORD}*`,
      String.raw`(?:अनाम|बेनाम)(?: रूप से)?`,
      String.raw`(?:नाम|पहचान) (?:बताए|बताये|बताने|उजागर किए|उजागर किये|ज़ाहिर किए|दिए|प्रकट किए) बिना`,
      String.raw`बिना (?:अपना |अपनी )?(?:नाम|पहचान) (?:बताए|बताये|उजागर किए|ज़ाहिर किए|दिए)`,
    ]),
    mandatory: all([
      String.raw`अनिवार्य${WORD}*`,
      String.raw`ज़रूरी|आवश्यक`,
      String.raw`चाहि(?:ए|ये)`,
      // "you will have to give", "must be sent": the infinitive with होगा / पड़ेगा / है
      String.raw`(?:देना|देनी|देने|करना|करनी|करने|बताना|बतानी|भेजना|भेजनी|भेजने|देना ही) (?:होगा|होगी|होंगे|पड़ेगा|पड़ेगी|पड़ेंगे|है|हैं)`,
      String.raw`केवल (?:${WORD}+ ){0,3}(?:को )?(?:स्वीकार|मान्य)`,
    ]),
    optional: all([
      String.raw`(?:वैकल्पिक|ऐच्छिक|स्वैच्छिक)(?: रूप से)?`,
      String.raw`(?:यदि|अगर|जो) आप (?:चाहें|चाहते हैं|चाहती हैं)`,
      String.raw`आप चाहें तो`,
      String.raw`(?:आपकी|अपनी) (?:इच्छा|मर्ज़ी|पसंद)(?: से| पर| के अनुसार)?`,
      String.raw`(?:अनिवार्य|ज़रूरी|आवश्यक) नहीं`,
    ]),
    negation: all([String.raw`नहीं`, String.raw`न`, String.raw`ना`, String.raw`मत`]),
    prohibition: all([
      // "do not ...", formal and informal: "न करें", "मत करो", "मत कीजिए"
      String.raw`(?:न|मत) ${WORD}{1,10}(?:ें|ो|िए|िये|इए)`,
      String.raw`नहीं (?:करना|करनी|करने|भेजना|चलाना) चाहि(?:ए|ये)`,
      String.raw`(?:निषिद्ध|निषेध|वर्जित|प्रतिबंधित|प्रतिबन्धित)`,
      String.raw`(?:अनुमति|इजाज़त) नहीं`,
      String.raw`अनुमत नहीं`,
      String.raw`(?:सख़्ती से |सख़्त )?मना (?:है|हैं|किया)`,
      String.raw`से (?:बचें|बचिए|बचना|बचो|परहेज़)`,
      String.raw`(?:दायरे|स्कोप) से बाहर`,
      String.raw`अनधिकृत`,
    ]),
    testingMethod: [
      String.raw`d?dos|brute[- ]?forc\p{L}*`,
      ...all([
        String.raw`(?:सेवा|सर्विस)(?: से)? (?:इनकार|इंकार|अस्वीकार|अस्वीकरण|बाधा|अवरोध|बाधित|ठप)`,
        String.raw`सेवा[- ]अस्वीकार${WORD}*`,
        String.raw`डि?नायल ऑफ़ सर्विस`,
        String.raw`डी?डॉस|(?:डी)?डीओएस`,
        String.raw`सोशल इंजीनियरिंग|सामाजिक (?:अभियांत्रिकी|इंजीनियरिंग)`,
        String.raw`फ़िशिंग|विशिंग|स्मिशिंग`,
        String.raw`भौतिक (?:परीक्षण|हमले|हमला|हमलों|पहुँच|प्रवेश|सुरक्षा|घुसपैठ)`,
        String.raw`स्पैम${WORD}*`,
        String.raw`ब्रूट[- ]?फ़ोर्स${WORD}*`,
        String.raw`(?:स्वचालित|ऑटोमेटेड|ऑटोमैटिक|स्वतः) (?:स्कैनिंग|स्कैन|स्कैनर|स्कैनरों|उपकरण|उपकरणों|टूल|टूल्स|परीक्षण|अनुरोध)`,
        String.raw`(?:लोड|स्ट्रेस|तनाव|भार) (?:टेस्टिंग|परीक्षण|टेस्ट)`,
        String.raw`(?:डेटा|डाटा)(?: को)? (?:हटाना|हटाने|नष्ट|बदलना|बदलने|संशोधित|चुराना|चुराने|निकालना|मिटाना|मिटाने)`,
        String.raw`(?:अन्य|दूसरे) (?:उपयोगकर्ताओं|यूज़र्स|ग्राहकों)(?: के)? (?:डेटा|खातों|अकाउंट|खाते)`,
        String.raw`(?:सेवाओं|सिस्टम|प्रणालियों)(?: को| में)? (?:बाधित|बाधा|ठप|धीमा)`,
      ]),
    ],
    permission: all([
      String.raw`(?:अनुमति|सहमति|मंज़ूरी|स्वीकृति|इजाज़त|अनुमोदन) (?:के )?बिना`,
      String.raw`बिना (?:${WORD}+ ){0,2}(?:अनुमति|सहमति|मंज़ूरी|स्वीकृति|इजाज़त|अनुमोदन)`,
      String.raw`(?:अनुमति|सहमति|मंज़ूरी|स्वीकृति|इजाज़त) (?:से|मिलने पर|लेकर|लेने के बाद)`,
    ]),
    indefinite: all([
      String.raw`कभी(?: भी)?`,
      String.raw`किसी भी (?:समय|हालत|हाल|परिस्थिति|स्थिति|सूरत)(?: में)?`,
      String.raw`हमेशा के लिए`,
      String.raw`स्थायी रूप से`,
      String.raw`अनिश्चित ?काल(?: तक)?`,
    ]),
    timeLimit: [
      String.raw`embargo`,
      ...all([
        String.raw`(?:जब|तब) तक`,
        String.raw`(?:से|के) (?:पहले|पूर्व)`,
        String.raw`(?:फ़िक्स|सुधार|पैच|रिलीज़|समाधान|अपडेट|प्रकाशन|घोषणा|ठीक)(?: ${WORD}+){0,2} (?:तक|के बाद)`,
        String.raw`एम्बार्गो|प्रतिबंध अवधि|समय[- ]?सीमा`,
      ]),
    ],
    privately: all([
      String.raw`(?:निजी|गोपनीय|गुप्त) (?:रूप|तौर) (?:से|पर)`,
      String.raw`गोपनीय|प्राइवेट`,
      // "निजी" alone is also "personal" ("निजी जानकारी"): a private report, message or channel.
      String.raw`निजी (?:${WORD}{1,20} ){0,2}(?:रिपोर्ट|रिपोर्टिंग|संदेश|चैनल|ईमेल|ई-मेल|सूचना|प्रकटीकरण|खुलासा)`,
    ]),
  },
};

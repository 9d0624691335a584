// Turkish. Agglutinative and verb-final: the person is a suffix ("yanıt vereceğiz": we will answer,
// "inceliyorum": I am reviewing), so is the passive ("incelenir", "düzeltilecek"), the condition
// ("bulursanız") and the imperative ("bildirin", "paylaşmayın"), which comes last in the sentence
// and is therefore a request wherever it stands. Every source is folded: "ı" also matches "i"
// (and the "I" of upper case), "i" also "İ" and the "i̇" that JavaScript makes of "İ" in lower
// case, and ş ç ğ ö ü â their ASCII stand-ins.

import type { LanguagePack } from '../pack';
import { fold } from './fold';

const LETTERS = {
  ı: 'ıi',
  i: String.raw`(?:[iİ]\u0307?)`,
  ş: 'şs',
  ç: 'çc',
  ğ: 'ğg',
  ö: 'öo',
  ü: 'üu',
  â: 'âa',
};
/** Letters followed by a combining dot (lower-cased "İ") are still one word: \p{L} takes marks too. */
const f = (sources: string[]) => sources.map((s) => fold(s, LETTERS, String.raw`[\p{L}\p{M}]`));

/** Nouns of handling a report: what a promise is about ("hızlı bir yanıt"). */
const HANDLING_NOUN = String.raw`(?:yanıt|cevap|düzeltme|müdahale|geri dönüş|çözüm|yama|inceleme|değerlendirme|aksiyon|tepki)\p{L}*`;

/** An imperative of the second person plural after a vowel: ekleyin, güncelleyin, sağlayınız. */
const IMPERATIVE_Y = String.raw`\p{L}{2,}y(?:ın|un|ün)(?:ız|uz|üz)?`;
/** After a consonant, the verbs a policy asks for: bildirin, gönderin, kullanın, edin, olun. */
const IMPERATIVE_STEMS = String.raw`(?:bildir|gönder|kullan|yaz|aç|paylaş|belirt|ilet|ver|ed|ol|ulaş|başvur|kaçın|geç|seç|gid|tıkla|tut|bırak)(?:ın|un|ün)(?:ız|uz|üz)?`;

export const tr: LanguagePack = {
  tag: 'tr',
  spaced: true,
  headings: {
    reporting: f([
      String.raw`bildir\p{L}*`,
      String.raw`rapor\p{L}*`,
      String.raw`iletişim\p{L}*`,
      String.raw`ulaş\p{L}*`,
      String.raw`(?:sorumlu|koordineli) (?:açıklama|ifşa)\p{L}*`,
      String.raw`güvenlik (?:açı|sorun|ihlal|zafiyet)\p{L}*`,
      String.raw`zafiyet\p{L}*`,
    ]),
    'supported-versions': f([
      String.raw`sürüm\p{L}*`,
      String.raw`versiyon\p{L}*`,
      String.raw`güvenlik güncelleme\p{L}*`,
      String.raw`desteklenen \p{L}+`,
      String.raw`destek (?:politika|süre|döngü|durum|kapsam)\p{L}*`,
      String.raw`yaşam döngü\p{L}*`,
    ]),
    response: f([
      String.raw`yanıt\p{L}*`,
      String.raw`cevap\p{L}*`,
      String.raw`süreç\p{L}*`,
      String.raw`zaman çizelge\p{L}*`,
      String.raw`ne bekle\p{L}*`,
      String.raw`neler bekle\p{L}*`,
      String.raw`(?:bildirim|rapor) sonrası`,
      String.raw`değerlendirme\p{L}*`,
      String.raw`müdahale\p{L}*`,
      String.raw`işleyiş\p{L}*`,
      String.raw`ele alın\p{L}*`,
    ]),
    disclosure: f([
      String.raw`ifşa\p{L}*`,
      String.raw`kamuya (?:açıkla|duyur)\p{L}*`,
      String.raw`açıklama (?:politika|süreç|takvim)\p{L}*`,
      String.raw`duyuru\p{L}*`,
      String.raw`güvenlik (?:bülten|tavsiye)\p{L}*`,
      String.raw`bülten\p{L}*`,
      String.raw`ambargo\p{L}*`,
    ]),
    scope: f([String.raw`kapsam\p{L}*`]),
    'safe-harbor': f([String.raw`güvenli liman`, String.raw`yasal\p{L}*`, String.raw`hukuk\p{L}*`]),
    encryption: f([String.raw`şifrele\p{L}*`, String.raw`(?:genel|açık) anahtar\p{L}*`]),
    acknowledgments: f([String.raw`teşekkür\p{L}*`, String.raw`(?:onur|şeref) listesi`]),
    hiring: f([String.raw`kariyer\p{L}*`, String.raw`iş ilan\p{L}*`]),
  },
  versionHeader: f([String.raw`sürüm\p{L}*`, String.raw`versiyon\p{L}*`]),
  vague: {
    asap: f([
      String.raw`(?:mümkün olan |olabilecek )?en kısa (?:sürede|zamanda|süre içinde|süre içerisinde|zaman içinde|zaman dilimi içinde)`,
      String.raw`(?:mümkün olduğunca|olabildiğince|elden geldiğince) (?:çabuk|hızlı(?: bir şekilde)?|erken|kısa sürede|hızlıca|süratle)`,
      String.raw`en (?:erken|kısa) fırsatta`,
      String.raw`ilk fırsatta`,
      String.raw`en (?:hızlı|seri|süratli) (?:şekilde|biçimde)`,
    ]),
    quickly: f([
      String.raw`hızlı (?:bir )?(?:şekilde|biçimde|${HANDLING_NOUN})`,
      String.raw`hızlıca`,
      String.raw`hızla`,
      String.raw`çabucak`,
      String.raw`süratle`,
      String.raw`ivedilikle`,
      String.raw`ivedi (?:olarak|bir şekilde)`,
      String.raw`seri bir şekilde`,
    ]),
    timely: f([String.raw`zamanında`, String.raw`vaktinde`, String.raw`uygun (?:bir )?zamanda`]),
    soon: f([
      String.raw`yakında`,
      String.raw`kısa (?:bir )?(?:sürede|zamanda|süre içinde|süre içerisinde)`,
      String.raw`(?:en )?yakın (?:bir )?zamanda`,
      String.raw`yakın gelecekte`,
      String.raw`çok geçmeden`,
      String.raw`zamanı geldiğinde`,
    ]),
    reasonable: f([
      String.raw`makul (?:bir )?(?:süre|zaman)(?: (?:içinde|içerisinde|zarfında|dilimi içinde|diliminde|dilimi))?`,
      String.raw`makul (?:bir )?(?:sürede|zamanda)`,
      String.raw`kabul edilebilir (?:bir )?(?:süre|sürede|zamanda)(?: içinde)?`,
    ]),
    'without-delay': f([
      String.raw`gecikmeksizin`,
      String.raw`gecikme olmadan`,
      String.raw`gecikmeden`,
      String.raw`(?:gereksiz|makul olmayan|herhangi bir|hiçbir) gecikme(?:ye mahal vermeden| olmaksızın| olmadan)`,
      String.raw`gecikmeye mahal vermeden`,
      String.raw`(?:vakit|zaman) kaybetmeden`,
    ]),
    'best-effort': f([
      String.raw`en iyi çaba (?:esasına göre|ile|temelinde|prensibiyle)`,
      String.raw`mümkün (?:olduğunda|oldukça)`,
      String.raw`imkan(?:lar)? (?:dahilinde|ölçüsünde)`,
      String.raw`olanaklar (?:ölçüsünde|dahilinde)`,
      String.raw`(?:fırsat|zaman|vakit) buldu(?:ğumuzda|ğumda|kça)`,
      String.raw`zamanımız (?:olduğunda|oldukça)`,
      String.raw`(?:zaman|vakit)(?:ımız)? (?:elverdiğince|elverdiğinde|el verdiğince|el verdikçe|elverdikçe)`,
      String.raw`boş zaman(?:ımız|ım|larımız|larım|lar)?da`,
    ]),
  },
  promise: {
    firstPerson: f([
      String.raw`biz`,
      String.raw`bizler`,
      // 1pl: yanıt veriyoruz, vereceğiz, veririz, ederiz, vermeliyiz, sunmaktayız.
      String.raw`\p{L}{2,}(?:yoruz|eceğiz|acağız|ırız|uruz|ürüz|arız|eriz|malıyız|meliyiz|maktayız|mekteyiz)`,
      // 1sg: inceliyorum, döneceğim, bakarım.
      String.raw`\p{L}{2,}(?:yorum|eceğim|acağım|ırım|urum|ürüm|arım|(?<!int)erim|malıyım|meliyim)`,
    ]),
    possessive: f([String.raw`bizim`, String.raw`benim`, String.raw`\p{L}{2,}m(?:ız|uz|üz)(?:ın|a|e|ı|da|de|dan|den)?`]),
    team: f([
      String.raw`ekib\p{L}*`,
      String.raw`ekip\p{L}*`,
      String.raw`takım\p{L}*`,
      String.raw`geliştirici\p{L}*`,
      String.raw`bakımcı\p{L}*`,
      String.raw`proje sahib\p{L}*`,
    ]),
    intent: f([
      // The future and its participle: verecek, yayınlanacak, düzeltilecektir.
      String.raw`\p{L}{2,}(?:ecek|acak)(?:tır|tur|lar|ler|lardır|lerdir)?`,
      String.raw`\p{L}{2,}(?:eceğiz|acağız|eceğim|acağım)`,
      String.raw`\p{L}+(?:maya|meye|mağa|meğe) çalış\p{L}*`,
      String.raw`hedefl\p{L}*`,
      String.raw`amaçl\p{L}*`,
      String.raw`(?:amacımız|hedefimiz|amacım|hedefim)`,
      String.raw`taahhüt\p{L}*`,
      String.raw`söz ver\p{L}*`,
      String.raw`garanti ed\p{L}*`,
      String.raw`gayret\p{L}*`,
      String.raw`çaba (?:gösteri|harca|sarf ed)\p{L}*`,
      String.raw`elimizden gelen\p{L}*`,
      String.raw`niyetindeyi\p{L}*`,
      String.raw`öncelik (?:veri|tanı)\p{L}*`,
    ]),
    passive: f([
      // incelenir, yanıtlanır, verilir, çözülür, alınır; inceleniyor; yanıtlanmaktadır.
      // Not the potential "edilebilir" (can be): "kabul edilebilir" is an adjective.
      String.raw`\p{L}{2,}(?:(?<!b)ılır|ulur|ülür|ınır|unur|ünür)(?:lar|ler)?`,
      // -lanır / -lenir: not the French "maintenir", "obtenir".
      String.raw`\p{L}{2,}(?:lanır|lenir)(?:lar|ler)?`,
      String.raw`\p{L}{2,}(?:ılıyor|uluyor|ülüyor|nıyor|nuyor|nüyor)(?:lar|ler)?`,
      String.raw`\p{L}{2,}(?:ılmaktadır|ulmaktadır|ülmektedir|ilmektedir|nmaktadır|nmektedir)`,
    ]),
    youReceive: f([String.raw`\p{L}{2,}(?:eceksiniz|acaksınız)`, String.raw`(?:alırsınız|bekleyebilirsiniz)`]),
  },
  request: f([
    String.raw`lütfen`,
    String.raw`rica (?:eder|ediyor|olunur)\p{L}*`,
    // "paylaşmamanızı rica ederiz", "güncellemenizi öneririz", "bildirmeniz gerekir".
    String.raw`\p{L}+(?:manız|meniz)ı? (?:rica|öneri|tavsiye|bekle|gerek|önem)\p{L}*`,
    String.raw`(?:öneririz|öneriyoruz|tavsiye ederiz|tavsiye ediyoruz|tavsiye edilir|önerilir)`,
    String.raw`\p{L}+(?:malısınız|melisiniz|malısın|melisin|malıdır|melidir)`,
    // Imperatives, last in the sentence: bildirin, ekleyin, paylaşmayın.
    String.raw`\p{L}{2,}(?:may|mey)(?:ın|ınız)`,
    IMPERATIVE_Y,
    IMPERATIVE_STEMS,
    String.raw`bize (?:\p{L}+ )?(?:\p{L}+ )?(?:zaman|süre|fırsat) (?:tanı|ver)\p{L}*`,
    String.raw`yardımcı ol\p{L}*`,
    // Purpose: "düzeltebilmemiz için", "çözmemize yardımcı olur".
    String.raw`\p{L}+(?:ebilmemiz|abilmemiz|memiz|mamız) (?:için|amacıyla)`,
    String.raw`\p{L}+(?:memize|mamıza) (?:yardım|olanak|imkan)\p{L}*`,
    String.raw`(?:yanıt|cevap|haber|dönüş) (?:alamazsanız|almazsanız|alamadıysanız|gelmezse)`,
  ]),
  imperative: f([String.raw`lütfen`, String.raw`asla`, String.raw`sakın`]),
  noPromise: f([
    String.raw`teşekkür\p{L}*`,
    String.raw`minnettar\p{L}*`,
    String.raw`takdir (?:ediyoruz|ederiz|ediyorum)`,
    String.raw`memnuniyetle`,
    String.raw`memnun\p{L}*`,
    String.raw`değer (?:veriyoruz|veririz)`,
    String.raw`(?:hoş|iyi) karşıl\p{L}*`,
  ]),
  condition: f([
    // bulursanız, keşfettiyseniz, bulduğunuzda, bildirmeden önce.
    String.raw`\p{L}{2,}(?:sanız|seniz)`,
    String.raw`\p{L}{3,}(?:ysen|ysan|rsen|rsan|zsen|zsan)`,
    String.raw`\p{L}{2,}(?:dığınızda|duğunuzda|düğünüzde|tığınızda|tuğunuzda|tüğünüzde)`,
    String.raw`eğer`,
    String.raw`\p{L}+(?:madan|meden) önce`,
  ]),
  conjunction: f([
    String.raw`ve`,
    String.raw`ama`,
    String.raw`fakat`,
    String.raw`ancak`,
    String.raw`veya`,
    String.raw`ya da`,
    String.raw`sonra`,
    String.raw`ardından`,
    String.raw`daha sonra`,
    String.raw`ayrıca`,
  ]),
  leadInCondition: f([
    String.raw`eğer`,
    String.raw`\p{L}{2,}(?:sanız|seniz)`,
    String.raw`olsun`,
    String.raw`lütfen`,
    String.raw`şunları \p{L}+`,
    String.raw`araştırmacı\p{L}*`,
  ]),
  responseContext: f([
    String.raw`yanıt\p{L}*`,
    String.raw`cevap\p{L}*`,
    String.raw`geri dön\p{L}*`,
    String.raw`dönüş\p{L}*`,
    String.raw`onay\p{L}*`,
    String.raw`teyit\p{L}*`,
    String.raw`alındı\p{L}*`,
    String.raw`incele\p{L}*`,
    String.raw`gözden geçir\p{L}*`,
    String.raw`değerlendir\p{L}*`,
    String.raw`analiz\p{L}*`,
    String.raw`araştır\p{L}*`,
    String.raw`doğrula\p{L}*`,
    String.raw`triyaj\p{L}*`,
    String.raw`müdahale\p{L}*`,
    String.raw`bilgilendir\p{L}*`,
    // "bilgi vereceğiz", not the request "bilgi verin".
    String.raw`(?:haber|bilgi) ver(?:eceğ|ece|ir|iyor)\p{L}*`,
    String.raw`iletişime geç\p{L}*`,
    String.raw`durum (?:güncelleme|bilgi)\p{L}*`,
  ]),
  fix: f([
    String.raw`düzelt\p{L}*`,
    String.raw`yama\p{L}*`,
    String.raw`çöz\p{L}*`,
    String.raw`gider(?:il|me|eceğ|ece|iyor)\p{L}*`,
    String.raw`onar\p{L}*`,
    String.raw`hafiflet\p{L}*`,
  ]),
  supportPeriod: f([
    String.raw`destek\p{L}*`,
    // "bakım" (maintenance), not "bakımcı" (the maintainer), who answers reports.
    String.raw`bakım(?!c)\p{L}*`,
    String.raw`yaşam döngü\p{L}*`,
  ]),
  disclosure: f([
    String.raw`ifşa\p{L}*`,
    String.raw`kamuya (?:açıkla|duyur)\p{L}*`,
    String.raw`kamuoyu\p{L}*`,
    String.raw`duyur\p{L}*`,
    String.raw`güvenlik (?:bülten|duyuru|tavsiye)\p{L}*`,
    String.raw`bülten\p{L}*`,
    String.raw`(?:sorumlu|koordineli) açıklama\p{L}*`,
    String.raw`açıklama (?:politika|süreç|takvim)\p{L}*`,
    String.raw`açıklan(?:ır|acak|ması|madan|dıktan)\p{L}*`,
    String.raw`ambargo\p{L}*`,
    // Publishing the details, not a fix ("yama yayınlayacağız").
    String.raw`(?:ayrıntı|detay)\p{L}* (?:[\p{L}\d-]+ ){0,2}yayınla\p{L}*`,
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

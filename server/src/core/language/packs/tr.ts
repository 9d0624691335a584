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

/**
 * What a reporter sends as a message: e-posta, mesaj, ileti (not "iletişim"), soru and "sorunuz"
 * (not "sorun", the problem), talep, istek; not "rapor" nor "açık", which may be the flaw.
 */
const MESSAGE = String.raw`(?:e-?posta\p{L}*|e-?mail\p{L}*|mesaj\p{L}*|ileti(?!ş)\p{L}*|soru(?:lar\p{L}*|nuz\p{L}*|y[aeuı]|su\p{L}*)?|tale[pb]\p{L}*|iste[kğ]\p{L}*)`;
/** No word of the gap after the message is the flaw (açık, hata, sorun, zafiyet): it would be what is attended to. */
const NOT_FLAW = String.raw`(?!açı[kğ]|hata|sorun|zafiyet)`;

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
    // A message attended to: "e-postalar 3 iş günü içinde ele alınır", "mesajlarınızla 2 gün
    // içinde ilgileniriz", "talepler işleme alınır"; not the flaw ("açıklar ele alınır" is a fix).
    String.raw`${MESSAGE}(?: ${NOT_FLAW}[^\s;]+){0,6} (?:ele al\p{L}*|ilgilen\p{L}*|işleme al\p{L}*|işlen(?:ir|ecek|iyor|mekte)\p{L}*|işler(?:iz|im))`,
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
    // Sharing the details or sharing them with the public: "ayrıntıları paylaşmayın".
    String.raw`(?:ayrıntı|detay)\p{L}* (?:[\p{L}\d-]+ ){0,2}paylaş\p{L}*`,
    String.raw`kamu(?:ya|yla|oyuyla|oyu ile) paylaş\p{L}*`,
  ]),
  compliance: {
    scope: f([
      String.raw`(?:bu|işbu) (?:\p{L}+ ){0,2}(?:politika|program|belge|kural|ilke)\p{L}* (?:\p{L}+ ){0,5}(?:kapsar|kapsamaktadır|geçerli\p{L}*|uygulanır|uygulanmaktadır)`,
      String.raw`(?:için|üzerinde) geçerli(?:dir)?`,
      String.raw`kapsam\p{L}* dışı\p{L}*|kapsam dahilinde\p{L}*|kapsam içinde\p{L}*`,
      String.raw`kapsama (?:dahil|girer|girmez|girmektedir|girmemektedir|alın)\p{L}*`,
      String.raw`kapsamında (?:değil\p{L}*|yer al\p{L}*)`,
      String.raw`(?:politika|program)\p{L}* kapsam\p{L}*`,
    ]),
    noLegalAction: f([
      String.raw`(?:yasal|hukuki|adli|cezai) (?:\p{L}+ ){0,2}(?:işlem|yol|takip|süreç|dava|önlem|adım|şikayet)\p{L}* (?:\p{L}+ ){0,2}\p{L}+m(?:ayacağız|eyeceğiz|ayız|eyiz|ayacaktır|eyecektir|az|ez|ıyoruz|iyoruz)`,
      String.raw`(?:yasal|hukuki|adli|cezai) (?:\p{L}+ ){0,2}(?:işlem|yol|takip|süreç|dava|önlem)\p{L}* (?:\p{L}+ ){0,2}(?:başlatılmayacak|yapılmayacak|açılmayacak|uygulanmayacak)\p{L}*`,
      String.raw`dava (?:\p{L}+ )?(?:açmayacağız|açmayız|açılmayacak\p{L}*)`,
      String.raw`(?:suç duyurusunda|şikayette) bulunmayacağız|kovuşturma başlatmayacağız|kovuşturmayacağız`,
      String.raw`(?:hiçbir|herhangi bir) (?:yasal|hukuki|adli|cezai) (?:işlem|yaptırım|takip|sonuç|dava)\p{L}*`,
      String.raw`(?:yasal|hukuki|cezai) (?:yaptırım|sonuç|risk)\p{L}* (?:korkusu |endişesi )?(?:olmadan|olmaksızın)`,
    ]),
    authorized: f([
      String.raw`(?:yetkili|yetkilendirilmiş|izinli|yasal|meşru|hukuka uygun) (?:\p{L}+ )?(?:kabul (?:ed|edil)|say|değerlendir)\p{L}*`,
      String.raw`yetkili (?:erişim|faaliyet|araştırma|test)\p{L}*|yetkilendirilmiş (?:erişim|faaliyet|araştırma|test)\p{L}*`,
      String.raw`türk ceza kanunu\p{L}*|tck|bilişim sistemine girme`,
    ]),
    antiCircumvention: f([
      String.raw`(?:koruma|güvenlik|teknolojik|teknik) (?:\p{L}+ )?(?:önlem|tedbir|mekanizma)\p{L}* (?:\p{L}+ )?(?:atlat|aşıl|devre dışı bırak)\p{L}*`,
      String.raw`(?:atlat|aş)\p{L}* (?:\p{L}+ ){0,2}(?:koruma|güvenlik|teknolojik) (?:önlem|tedbir|mekanizma)\p{L}*`,
      String.raw`fikir ve sanat eserleri kanunu\p{L}*|fsek|telif hak\p{L}*`,
    ]),
    termsWaiver: f([
      String.raw`(?:hizmet|kullanım) (?:şart|koşul)\p{L}*`,
      String.raw`(?:kullanıcı|lisans) sözleşme\p{L}*`,
      String.raw`kabul edilebilir kullanım\p{L}*`,
    ]),
    goodFaith: f([String.raw`iyi niyet\p{L}*`, String.raw`iyiniyet\p{L}*`, String.raw`dürüst (?:bir )?(?:amaç|niyet)\p{L}*`]),
    reportContents: f([
      String.raw`(?:yeniden|tekrar) (?:üret|oluştur)\p{L}* (?:\p{L}+ ){0,2}adım\p{L}*`,
      String.raw`nasıl (?:\p{L}+ )?(?:yeniden|tekrar) (?:üret|oluştur)\p{L}*|adım adım (?:açıklama|anlatım|talimat)\p{L}*`,
      String.raw`(?:kavram|konsept) kanıt\p{L}*`,
      String.raw`etkilenen (?:\p{L}+ )?(?:sürüm|versiyon|bileşen|ürün|dosya|modül|sistem|adres|uç nokta|kütüphane|paket|fonksiyon)\p{L}*`,
      String.raw`(?:sürüm|versiyon) (?:bilgi|numara)\p{L}*`,
      String.raw`(?:olası|potansiyel|muhtemel|beklenen|gerçek) (?:\p{L}+ )?(?:etki|zarar|sonuç|risk)\p{L}*`,
      String.raw`etki(?:si|sini|leri|lerini|yi)?|(?:önem|ciddiyet|kritiklik) (?:derece|seviye)\p{L}*`,
      String.raw`yığın iz\p{L}*|çökme (?:kayd|günlü|dök)\p{L}*|(?:günlük|log) (?:kayıt|kayd|dosya|çıktı)\p{L}*|log(?:lar|ları|ların)|ekran (?:görüntü|kayd)\p{L}*`,
      String.raw`exploit(?:i|ler|leri|in|e)|istismar (?:kod|senaryo|adım)\p{L}*|saldırı (?:kod|senaryo)\p{L}*`,
      String.raw`(?:ayrıntılı|detaylı|kısa|net|açık) (?:bir )?(?:açıklama|tanım)\p{L}*|(?:zafiyet|açık|sorun|hata)\p{L}* (?:ayrıntılı |detaylı |kısa )?(?:açıklaması|açıklamasını|tanımı|tanımını)`,
      String.raw`(?:zafiyet|açık|hata|sorun)\p{L}* (?:tür|tip|sınıf)\p{L}*`,
      String.raw`(?:önerilen|olası|muhtemel) (?:\p{L}+ )?(?:düzeltme|çözüm|yama|önlem)\p{L}*`,
      String.raw`(?:yapılandırma|konfigürasyon) (?:dosya|ayrıntı|bilgi)\p{L}*|ortam bilgi\p{L}*`,
    ]),
    supportEnd: f([
      String.raw`(?:deste[kğ]|bakım|güncelleme)\p{L}* (?:\p{L}+ )?(?:sonu|bitiş\p{L}*|sona er\p{L}*|biter|bitecek\p{L}*)`,
      String.raw`kullanım ömrü\p{L}*|ömrünün sonu\p{L}*|yaşam döngüsünün sonu\p{L}*`,
      String.raw`kadar (?:\p{L}+ ){0,2}(?:desteklen\p{L}*|güvenlik (?:güncelleme|düzeltme|yama)\p{L}*|(?:güncelleme|düzeltme|yama)\p{L}* al\p{L}*)`,
      String.raw`(?:boyunca|süresince) (?:\p{L}+ ){0,2}desteklen\p{L}*`,
      String.raw`nihai (?:güvenlik )?(?:sürüm|güncelleme|yama)\p{L}*`,
      String.raw`(?:destek|bakım) (?:süre|dönem|pencere)\p{L}*`,
      String.raw`desteklenm(?:iyor|ez|eyecek|emektedir)\p{L}*|desteği (?:kesil|durdur|bırak)\p{L}*`,
    ]),
    advisoryChannel: f([
      String.raw`güvenlik (?:bülten|duyuru|tavsiye|bildiri|uyarı)\p{L}*|bülten\p{L}*`,
      String.raw`(?:sürüm|yayın) not\p{L}*|değişiklik (?:günlüğ|kayd|kayıt|list)\p{L}*`,
      String.raw`(?:e-?posta|posta|duyuru) list\p{L}*`,
      String.raw`blog\p{L}*`,
      String.raw`duyuru (?:sayfa|kanal)\p{L}*|duyurular\p{L}*`,
      String.raw`cve (?:kimli|numara|kayd|kayıt)\p{L}*`,
      String.raw`github (?:güvenlik )?(?:tavsiye|bildiri|duyuru)\p{L}*`,
    ]),
    acknowledge: f([
      String.raw`alındı\p{L}* (?:\p{L}+ )?(?:onay|teyit|bildir)\p{L}*`,
      String.raw`(?:onay|teyit)\p{L}* (?:\p{L}+ )?alındı\p{L}*`,
      String.raw`(?:ilk|başlangıç|ön) (?:\p{L}+ )?(?:yanıt|cevap|geri dönüş|dönüş|temas|onay|tepki)\p{L}*`,
    ]),
    personalData: f([
      String.raw`ad\p{L}* (?:ve )?soyad\p{L}*|tam ad\p{L}*|gerçek ad\p{L}*|ad-soyad\p{L}*|soyad\p{L}*|soyisim\p{L}*`,
      String.raw`telefon\p{L}*|cep numara\p{L}*`,
      String.raw`(?:(?<!e-)posta|ev|ikamet|açık|yazışma|fiziksel) adres\p{L}*|ikametgâh\p{L}*`,
      String.raw`pasaport\p{L}*`,
      String.raw`kimlik (?:kart|numara|belge|bilgi)\p{L}*|(?:tc|t\.c\.) kimlik\p{L}*|nüfus cüzdan\p{L}*`,
      String.raw`doğum tarih\p{L}*`,
      String.raw`kişisel (?:veri|bilgi)\p{L}*`,
    ]),
    anonymous: f([
      String.raw`anonim\p{L}*|isimsiz\p{L}*`,
      String.raw`(?:kimliğ|ad|isim)\p{L}* (?:belirtmeden|açıklamadan|vermeden|paylaşmadan|gizleyerek)`,
    ]),
    mandatory: f([
      String.raw`zorunlu\p{L}*|mecburi\p{L}*|şarttır`,
      String.raw`gerek(?:ir|li|lidir|mektedir|iyor)\p{L}*`,
      String.raw`\p{L}+(?:malısınız|melisiniz|malısın|melisin|malıdır|melidir)`,
      String.raw`talep (?:ed|edil)\p{L}*|istenir|istenmektedir`,
      String.raw`(?:yalnızca|sadece) (?:\p{L}+ ){0,2}(?:rapor|bildirim)\p{L}* (?:kabul|değerlendir|işle)\p{L}*`,
    ]),
    optional: f([
      String.raw`isteğe bağlı\p{L}*|opsiyonel\p{L}*|tercihe bağlı\p{L}*|gönüllü\p{L}*`,
      String.raw`(?:zorunlu|gerekli|mecburi|şart) değil\p{L}*`,
      String.raw`gerekmez|gerekmiyor|gerekmemektedir`,
      String.raw`isterseniz|istersen|dilerseniz|dilersen|arzu ederseniz|tercih ederseniz`,
    ]),
    negation: f([
      String.raw`değil\p{L}*|yok|yoktur|hiç|hiçbir\p{L}*|asla|ne de`,
      // Verbs negated with -ma/-me: edilmez, etmiyoruz, açmayacağız, paylaşmayın, yapılmamalı.
      String.raw`\p{L}{2,}m(?:az|ez)(?:lar|ler|sınız|siniz|ız|iz)?`,
      String.raw`\p{L}{2,}m(?:ıyor|iyor|uyor|üyor)\p{L}*`,
      // Not the dative "-maya" / "-meye" of "yanıt vermeye çalışırız" (we try to answer).
      String.raw`\p{L}{2,}m(?:ayacak|eyecek|ayacağ|eyeceğ|ayız|eyiz|amış|emiş|amak|emek|amalı|emeli|aman|emen)\p{L}*`,
      // The negated past (yapmadı, gelmedik), not English "immediately", "remediation".
      String.raw`\p{L}{2,}m(?:adı|edi)(?:k|m|n|niz|nız|ler|lar)?`,
      String.raw`\p{L}{2,}m(?:ayan|eyen|ayın|eyin|ayınız|eyiniz)`,
    ]),
    prohibition: f([
      String.raw`yasak\p{L}*`,
      String.raw`izin (?:veril(?:mez|memekte|miyor|meyecek)|verm(?:iyoruz|eyiz|ez|eyeceğiz))\p{L}*`,
      String.raw`\p{L}{2,}m(?:ay|ey)(?:ın|ınız|iniz|in)`,
      String.raw`\p{L}{2,}(?:mamalı|memeli)\p{L}*`,
      String.raw`kaçın\p{L}*|sakın\p{L}*|asla`,
      String.raw`kapsam\p{L}* dışı\p{L}*|kapsama (?:girmez|girmemektedir|dahil değil\p{L}*)|kapsamında değil\p{L}*`,
      String.raw`kabul (?:edilmez|edilmeyecek\p{L}*|etmiyoruz|etmeyiz)`,
      String.raw`izinsiz|yetkisiz`,
      String.raw`hiçbir (?:\p{L}+ )?(?:test|saldırı)\p{L}*`,
    ]),
    testingMethod: f([
      String.raw`hizmet (?:reddi|engelleme|dışı bırakma)\p{L}*`,
      String.raw`sosyal mühendislik\p{L}*`,
      String.raw`oltalama\p{L}*|phishing\p{L}*|kimlik avı\p{L}*`,
      String.raw`fiziksel (?:\p{L}+ )?(?:saldırı|test|erişim|güvenlik|sızma)\p{L}*`,
      String.raw`spam\p{L}*|istenmeyen (?:e-?posta|ileti|mesaj)\p{L}*`,
      String.raw`kaba kuvvet\p{L}*|brute[- ]?force\p{L}*|parola (?:tahmin|deneme)\p{L}*|şifre (?:tahmin|deneme)\p{L}*`,
      String.raw`(?:otomatik|otomatize|otomatikleştirilmiş|toplu|yoğun) (?:\p{L}+ )?(?:tarama|tarayıcı|araç|test|istek|trafik)\p{L}*`,
      String.raw`(?:zafiyet|port|güvenlik) tarama\p{L}*`,
      String.raw`(?:yük|stres|performans) test\p{L}*`,
      String.raw`(?:veri|veriler|verileri|verilerin|verilerini|verilere) (?:\p{L}+ )?(?:sil|silme|silmek|silin|silinmesi|değiştir\p{L}*|boz\p{L}*|yok et\p{L}*|sızdır\p{L}*|çalma|çalınması|imha\p{L}*)`,
      String.raw`(?:diğer|başka|üçüncü taraf|müşteri)\p{L}* (?:\p{L}+ )?(?:kullanıcı\p{L}* )?(?:veri|hesap|bilgi)\p{L}* (?:\p{L}+ )?(?:erişim|eriş|görüntüle|indir|ele geçir)\p{L}*`,
      String.raw`(?:hizmet|servis|sistem|sunucu|altyapı)\p{L}* (?:\p{L}+ )?(?:kesinti|aksa|bozul|yavaşla|kesin|kesil|çalışmasını engelle)\p{L}*`,
    ]),
    permission: f([
      String.raw`(?:izn|izin|onay|rıza|müsaade|muvafakat)\p{L}* (?:\p{L}+ )?(?:olmadan|olmaksızın|almadan|alınmadan|almaksızın|alınmaksızın|bulunmadan)`,
      String.raw`izinsiz|onaysız`,
      String.raw`(?:izn|onay|rıza|müsaade)\p{L}*(?:imizle|ımızla|umuzla|ümüzle|iyle|ıyla|uyla|üyle)`,
      String.raw`(?:izn|izin|onay|rıza|müsaade)\p{L}* (?:ile|alarak|alınarak|alındıktan sonra|aldıktan sonra)`,
    ]),
    indefinite: f([
      String.raw`asla|hiçbir zaman|hiçbir (?:koşul|durum|surette|şekilde|şart)\p{L}*|hiç bir zaman`,
      String.raw`herhangi bir (?:zaman|zamanda|anda)|süresiz\p{L}*|kalıcı olarak|sonsuza (?:dek|kadar)|süre sınırı olmaksızın`,
    ]),
    timeLimit: f([
      // "düzeltme yayınlanana kadar", "90 güne kadar"; not "iznimizi alana kadar", a permission.
      String.raw`(?!al)\p{L}+(?:a|e|ya|ye|na|ne) kadar`,
      String.raw`(?!al)\p{L}+(?:madan|meden) önce|\p{L}+ (?:öncesinde|sonrasında)`,
      String.raw`(?!al)\p{L}+(?:dıktan|dikten|duktan|dükten|tıktan|tikten|tuktan|tükten) sonra`,
      String.raw`\p{L}+(?:medikçe|madıkça)`,
      String.raw`ambargo\p{L}*|son tarih\p{L}*`,
    ]),
    privately: f([
      // Not "gizlilik politikası" (privacy policy).
      String.raw`gizli(?!lik)\p{L}*|gizlilik içinde`,
      // "özel" alone is also "special": a private report, message or channel.
      String.raw`özel (?:olarak|bir şekilde|yoldan)`,
      String.raw`özel (?:\p{L}+ ){0,2}(?:bildiri|rapor|kanal|mesaj|ileti|danışma|e-?posta)\p{L}*`,
      String.raw`özelden`,
      String.raw`(?:kamuya|herkese) açık olmayan`,
    ]),
  },
};

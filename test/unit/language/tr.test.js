// @ts-check
'use strict';
// Turkish grammar: who promises (person suffixes without a pronoun, biz, the team, the project's
// name, the future, passives, "yanıt alacaksınız"), vague wording, requests and imperatives at the
// end of the sentence, conditions; dotted and dotless i in any case, text typed in ASCII.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTests } = require('./harness.js');

const vague = {
  asap: [
    'en kısa sürede',
    'mümkün olan en kısa sürede',
    'en kısa zamanda',
    'en kısa süre içinde',
    'mümkün olduğunca çabuk',
    'olabildiğince hızlı',
    'ilk fırsatta',
    'en hızlı şekilde',
  ],
  quickly: ['hızlıca', 'hızla', 'hızlı bir şekilde', 'süratle', 'ivedilikle', 'çabucak'],
  timely: ['zamanında', 'vaktinde', 'uygun bir zamanda'],
  soon: ['yakında', 'kısa sürede', 'kısa bir süre içinde', 'yakın zamanda', 'yakın gelecekte'],
  reasonable: [
    'makul bir süre içinde',
    'makul bir sürede',
    'makul süre zarfında',
    'makul bir zaman diliminde',
    'kabul edilebilir bir sürede',
  ],
  'without-delay': ['gecikmeksizin', 'gecikmeden', 'gecikme olmadan', 'gereksiz gecikme olmaksızın', 'vakit kaybetmeden'],
  'best-effort': [
    'mümkün olduğunda',
    'imkanlar dahilinde',
    'zaman buldukça',
    'zamanımız oldukça',
    'boş zamanlarımızda',
    'en iyi çaba esasına göre',
  ],
};

/** Wordings that speak in the first person promise by themselves: not crossed with requests. */
const SELF_PROMISING = ['zamanımız oldukça', 'boş zamanlarımızda'];

const { vagueSlices } = grammarTests({
  tag: 'tr',
  vague,
  promises: [
    'Bildirimlere {V} yanıt vereceğiz.',
    'Raporunuzu {V} inceleyeceğiz.',
    'Açığı {V} düzeltmeye çalışacağız.',
    'Bildirimlere {V} yanıt vermeye çalışırız.',
    'Biz {V} dönüş yaparız.',
    'Sorunu {V} çözmeyi hedefliyoruz.',
    'Size {V} geri döneceğim.',
    'Raporu {V} inceliyorum.',
    'Güvenlik ekibimiz {V} yanıt verecek.',
    'Proje bakımcıları {V} sizinle iletişime geçecek.',
    'Acme {V} bir düzeltme yayınlayacak.',
    'Acme ekibi {V} bir güvenlik bülteni yayınlar.',
    'Bildirimler {V} incelenir.',
    'Doğrulanan açıklar {V} düzeltilecektir.',
    'Bildirimler {V} yanıtlanmaktadır.',
    'Bildiriminize {V} yanıt alacaksınız.',
    'Bildiriminiz için teşekkür ederiz, {V} yanıt vereceğiz.',
    'Sorunu bize bildirin, {V} düzelteceğiz.',
    'Açık doğrulandıktan sonra sizi {V} bilgilendireceğiz.',
    'Bildirimleri {V} yanıtlamayı taahhüt ediyoruz.',
  ],
  requestVague: Object.values(vague)
    .flat()
    .filter((w) => !SELF_PROMISING.includes(w)),
  requests: [
    'Lütfen güvenlik açığını {V} bildirin.',
    'Güvenlik açığını {V} bize bildirin.',
    'Açığı {V} e-posta ile gönderin.',
    'Bulguları {V} paylaşmamanızı rica ederiz.',
    'Kullanıcıların {V} güncelleme yapmasını öneririz.',
    'Kullanıcılar paketi {V} güncellemelidir.',
    'Yanıt verebilmemiz için bize {V} zaman tanıyın.',
    'Ayrıntılı bir açıklama, sorunu {V} düzeltmemize yardımcı olur.',
    'Sorunu {V} çözebilmemiz için kanıt ekleyin.',
    'Açığı {V} bildirirseniz, adınızı teşekkür listesine ekleriz.',
    'Bize {V} ulaşan araştırmacılara teşekkür ederiz.',
    'Açığı {V} kamuya açıklamayın.',
    'Lütfen {V} güncelleyin.',
  ],
  times: [
    ['48 saat içinde', 2],
    ['24 saat içinde', 1],
    ['72 saat içinde', 3],
    ['3 iş günü içinde', 3],
    ['1-2 gün içinde', 2],
    ['7 gün içinde', 7],
    ['iki hafta içinde', 14],
    ['bir ay içinde', 30],
    ['90 gün içinde', 90],
  ],
  timed: [
    'Bildirimlere {V} yanıt vereceğiz.',
    'Raporlar {V} incelenir.',
    'Size {V} geri döneceğim.',
    'Ekibimiz açığı {V} düzeltmeye çalışır.',
  ],
  headings: {
    reporting: [
      'Güvenlik Açığı Bildirimi',
      'Güvenlik Açığı Bildirme',
      'Açık bildirimi',
      'İletişim',
      'Nasıl Bildirilir',
      'GÜVENLİK AÇIĞI BİLDİRİMİ',
      'Guvenlik Acigi Bildirimi',
      'Zafiyet Raporlama',
    ],
    'supported-versions': [
      'Desteklenen Sürümler',
      'Sürümler',
      'Güvenlik Güncellemeleri',
      'DESTEKLENEN SÜRÜMLER',
      'Desteklenen Versiyonlar',
      'Desteklenen surumler',
    ],
    response: ['Yanıt Süresi', 'Süreç', 'Süreç ve Zaman Çizelgesi', 'Ne Beklemelisiniz', 'Bildirim Sonrası', 'YANIT SÜRECİ'],
    disclosure: ['Açıklama Politikası', 'Sorumlu İfşa', 'Kamuya Duyuru', 'Güvenlik Bültenleri', 'İFŞA POLİTİKASI'],
  },
  plain: ['Güvenlik Politikası', 'GÜVENLİK POLİTİKASI', 'Giriş', 'Teşekkürler', 'Kapsam', 'Önemli Not'],
});

test('tr: upper case, dotted and dotless i, and ASCII', () => {
  assert.deepEqual(vagueSlices('Bildirimlere EN KISA SÜREDE yanıt vereceğiz.'), ['EN KISA SÜREDE']);
  assert.deepEqual(vagueSlices('İlk fırsatta yanıt vereceğiz.'), ['İlk fırsatta']);
  assert.deepEqual(vagueSlices('Bildirimlere mumkun olan en kisa surede yanit verecegiz.'), ['mumkun olan en kisa surede']);
});

test('tr: "as detailed as possible" and "immediately" are no vague wording', () => {
  assert.deepEqual(vagueSlices('Açığı mümkün olduğunca ayrıntılı açıklayacağız.'), []);
  assert.deepEqual(vagueSlices('Sizi hemen bilgilendireceğiz.'), []);
});

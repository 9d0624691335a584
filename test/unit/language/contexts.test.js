// @ts-check
'use strict';
// The context words of every language pack: `responseContext` is about hearing back from the
// project, `fix` about repairing the flaw, and releasing or publishing belongs to `disclosure`
// alone. A sentence that promises a fix ("we will release a patch within 30 days") is no
// response time, so no word of it may be a response word.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource } = require('../helpers.js');

const { PACKS } = loadSource('server/src/core/language/packs/index.ts');

/** The matcher of one field of one pack, as grammar.ts builds it (word boundaries in spaced packs). */
function matcher(pack, sources) {
  const body = `(?:${sources.join('|')})`;
  return new RegExp(pack.spaced ? `(?<![\\p{L}\\p{M}\\p{N}_])${body}(?![\\p{L}\\p{M}\\p{N}_])` : body, 'iu');
}

/** reply: hearing back; fix: repairing, released or not; disclosure: publishing what was fixed. */
const SENTENCES = {
  en: {
    reply: [
      'We will acknowledge your report within 2 business days.',
      'You can expect a reply from the maintainers within a week.',
      'We will keep you informed of our progress every 14 days.',
      'Expect to hear back from us within 72 hours.',
    ],
    fix: [
      'We will release a patch within 30 days.',
      'Critical vulnerabilities are fixed within 7 days of the report.',
      'We aim to remediate confirmed issues within 90 days.',
    ],
    disclosure: ['We will publish a security advisory.'],
  },
  de: {
    reply: [
      'Wir bestätigen den Eingang Ihrer Meldung innerhalb von 48 Stunden.',
      'Sie erhalten innerhalb von fünf Werktagen eine erste Antwort.',
      'Wir halten Sie alle zwei Wochen über den Stand auf dem Laufenden.',
    ],
    fix: [
      'Wir werden innerhalb von 30 Tagen einen Patch veröffentlichen.',
      'Kritische Schwachstellen beheben wir innerhalb von 7 Tagen.',
      'Ein Bugfix folgt innerhalb von 14 Tagen.',
    ],
    disclosure: ['Wir veröffentlichen einen Sicherheitshinweis.'],
  },
  fr: {
    reply: [
      'Nous accuserons réception de votre signalement sous 48 heures.',
      'Nous vous répondrons dans un délai de cinq jours ouvrés.',
      "Nous vous tiendrons au courant de l'avancement chaque semaine.",
    ],
    fix: ['Nous publierons un correctif dans les 30 jours.', 'Les vulnérabilités critiques seront corrigées sous 7 jours.'],
    disclosure: ['Nous publierons un avis de sécurité.'],
  },
  es: {
    reply: [
      'Acusaremos recibo de su reporte en un plazo de 48 horas.',
      'Le responderemos en un plazo de cinco días hábiles.',
      'Le mantendremos al tanto del progreso cada semana.',
    ],
    fix: ['Publicaremos un parche en un plazo de 30 días.', 'Las vulnerabilidades críticas se corregirán en 7 días.'],
    disclosure: ['Publicaremos un aviso de seguridad.'],
  },
  pt: {
    reply: [
      'Confirmaremos o recebimento do seu relatório em até 48 horas.',
      'Responderemos em até cinco dias úteis.',
      'Manteremos você informado sobre o andamento a cada semana.',
    ],
    fix: ['Lançaremos uma correção em até 30 dias.', 'Vulnerabilidades críticas serão corrigidas em até 7 dias.'],
    disclosure: ['Publicaremos um aviso de segurança.'],
  },
  zh: {
    reply: ['我们将在48小时内确认收到您的报告。', '我们会在5个工作日内回复您。', '我们每两周向您通报处理进展。'],
    fix: ['我们将在30天内发布补丁。', '严重漏洞将在7天内修复。'],
    disclosure: ['我们将发布安全公告。'],
  },
  ja: {
    reply: ['48時間以内に報告の受領を確認します。', '5営業日以内にご連絡いたします。', '進捗は2週間ごとにお知らせします。'],
    fix: ['30日以内にパッチをリリースします。', '重大な脆弱性は7日以内に修正します。'],
    disclosure: ['セキュリティ勧告を公表します。'],
  },
  ko: {
    reply: [
      '48시간 이내에 보고서 접수를 확인해 드립니다.',
      '영업일 기준 5일 이내에 답변 드리겠습니다.',
      '2주마다 진행 상황을 알려 드리겠습니다.',
    ],
    fix: ['30일 이내에 패치를 릴리스할 예정입니다.', '심각한 취약점은 7일 이내에 수정됩니다.'],
    disclosure: ['보안 권고를 게시합니다.'],
  },
  ru: {
    reply: [
      'Мы подтвердим получение отчёта в течение 48 часов.',
      'Мы ответим вам в течение пяти рабочих дней.',
      'Мы будем держать вас в курсе хода работ каждые две недели.',
    ],
    fix: ['Мы выпустим патч в течение 30 дней.', 'Критические уязвимости исправляются в течение 7 дней.'],
    disclosure: ['Мы опубликуем бюллетень безопасности.'],
  },
  uk: {
    reply: [
      'Ми підтвердимо отримання звіту протягом 48 годин.',
      'Ми відповімо вам протягом пʼяти робочих днів.',
      'Ми триматимемо вас в курсі ходу робіт щотижня.',
    ],
    fix: ['Ми випустимо патч протягом 30 днів.', 'Критичні вразливості виправляються протягом 7 днів.'],
    disclosure: ['Ми опублікуємо бюлетень безпеки.'],
  },
  it: {
    reply: [
      'Confermeremo la ricezione della segnalazione entro 48 ore.',
      'Ti risponderemo entro cinque giorni lavorativi.',
      "Vi terremo aggiornati sull'avanzamento ogni settimana.",
    ],
    fix: ['Rilasceremo una patch entro 30 giorni.', 'Le vulnerabilità critiche saranno corrette entro 7 giorni.'],
    disclosure: ['Pubblicheremo un avviso di sicurezza.'],
  },
  nl: {
    reply: [
      'We bevestigen de ontvangst van je melding binnen 48 uur.',
      'We reageren binnen vijf werkdagen op je melding.',
      'We houden je elke twee weken op de hoogte van de voortgang.',
    ],
    fix: ['We brengen binnen 30 dagen een patch uit.', 'Kritieke kwetsbaarheden worden binnen 7 dagen verholpen.'],
    disclosure: ['We publiceren een beveiligingsadvies.'],
  },
  pl: {
    reply: [
      'Potwierdzimy otrzymanie zgłoszenia w ciągu 48 godzin.',
      'Odpowiemy w ciągu pięciu dni roboczych.',
      'Będziemy informować o postępach co dwa tygodnie.',
    ],
    fix: ['Wydamy poprawkę w ciągu 30 dni.', 'Krytyczne podatności naprawimy w ciągu 7 dni.'],
    disclosure: ['Opublikujemy biuletyn bezpieczeństwa.'],
  },
  tr: {
    reply: [
      'Raporunuzun alındığını 48 saat içinde onaylayacağız.',
      'Beş iş günü içinde size yanıt vereceğiz.',
      'Her iki haftada bir size durum bilgisi vereceğiz.',
    ],
    fix: ['30 gün içinde bir yama yayınlayacağız.', 'Kritik açıklar 7 gün içinde düzeltilir.'],
    disclosure: ['Bir güvenlik bülteni yayınlayacağız.'],
  },
  cs: {
    reply: [
      'Přijetí hlášení potvrdíme do 48 hodin.',
      'Odpovíme vám do pěti pracovních dnů.',
      'Každé dva týdny vás budeme informovat o stavu.',
    ],
    fix: ['Do 30 dnů vydáme záplatu.', 'Kritické zranitelnosti opravíme do 7 dnů.'],
    disclosure: ['Zveřejníme bezpečnostní bulletin.'],
  },
  sv: {
    reply: [
      'Vi bekräftar mottagandet av din rapport inom 48 timmar.',
      'Vi svarar inom fem arbetsdagar.',
      'Vi håller dig uppdaterad om arbetet varannan vecka.',
    ],
    fix: ['Vi släpper en patch inom 30 dagar.', 'Kritiska sårbarheter åtgärdas inom 7 dagar.'],
    disclosure: ['Vi publicerar ett säkerhetsmeddelande.'],
  },
  id: {
    reply: [
      'Kami akan mengonfirmasi penerimaan laporan dalam 48 jam.',
      'Kami akan menanggapi laporan Anda dalam lima hari kerja.',
      'Kami akan mengabari Anda tentang perkembangan setiap dua minggu.',
    ],
    fix: ['Kami akan merilis patch dalam 30 hari.', 'Kerentanan kritis akan diperbaiki dalam 7 hari.'],
    disclosure: ['Kami akan menerbitkan buletin keamanan.'],
  },
  vi: {
    reply: [
      'Chúng tôi sẽ xác nhận đã nhận báo cáo trong vòng 48 giờ.',
      'Chúng tôi sẽ phản hồi bạn trong vòng 5 ngày làm việc.',
      'Chúng tôi sẽ cập nhật tiến độ cho bạn mỗi hai tuần.',
    ],
    fix: ['Chúng tôi sẽ phát hành bản vá trong vòng 30 ngày.', 'Các lỗ hổng nghiêm trọng sẽ được khắc phục trong vòng 7 ngày.'],
    disclosure: ['Chúng tôi sẽ công bố thông tin lỗ hổng.'],
  },
  ar: {
    reply: ['سنؤكد استلام البلاغ خلال 48 ساعة.', 'سنرد عليك خلال خمسة أيام عمل.', 'سنبقيك على اطلاع بمستجدات العمل كل أسبوعين.'],
    fix: ['سنصدر إصلاحاً خلال 30 يوماً.', 'سيتم إصلاح الثغرات الحرجة خلال 7 أيام.'],
    disclosure: ['سننشر نشرة أمنية.'],
  },
  fa: {
    reply: [
      'دریافت گزارش را ظرف ۴۸ ساعت تأیید می‌کنیم.',
      'ظرف پنج روز کاری به شما پاسخ می‌دهیم.',
      'هر دو هفته شما را از پیشرفت کار مطلع می‌کنیم.',
    ],
    fix: ['ظرف ۳۰ روز یک وصله منتشر می‌کنیم.', 'آسیب‌پذیری‌های بحرانی ظرف ۷ روز رفع می‌شوند.'],
    disclosure: ['یک اطلاعیه امنیتی منتشر خواهیم کرد.'],
  },
  hi: {
    reply: [
      'हम 48 घंटों के भीतर रिपोर्ट की प्राप्ति की पुष्टि करेंगे।',
      'हम पाँच कार्यदिवसों के भीतर जवाब देंगे।',
      'हम हर दो सप्ताह में आपको प्रगति से अवगत कराएंगे।',
    ],
    fix: ['हम 30 दिनों के भीतर पैच जारी करेंगे।', 'गंभीर कमजोरियों को 7 दिनों के भीतर ठीक किया जाएगा।'],
    disclosure: ['हम सुरक्षा सलाह प्रकाशित करेंगे।'],
  },
  th: {
    reply: ['เราจะยืนยันการรับรายงานภายใน 48 ชั่วโมง', 'เราจะตอบกลับภายใน 5 วันทำการ', 'เราจะแจ้งความคืบหน้าให้คุณทราบทุกสองสัปดาห์'],
    fix: ['เราจะปล่อยแพตช์ภายใน 30 วัน', 'ช่องโหว่ร้ายแรงจะได้รับการแก้ไขภายใน 7 วัน'],
    disclosure: ['เราจะเผยแพร่ประกาศด้านความปลอดภัย'],
  },
};

test('every language has context sentences, and every pack has fix words', () => {
  assert.deepEqual(Object.keys(SENTENCES).sort(), PACKS.map((p) => p.tag).sort());
  for (const pack of PACKS) assert.ok(pack.fix.length > 0, `${pack.tag}: no fix words`);
});

for (const pack of PACKS) {
  const sentences = SENTENCES[pack.tag];
  if (!sentences) continue;
  const response = matcher(pack, pack.responseContext);
  const fix = matcher(pack, pack.fix);
  const disclosure = matcher(pack, pack.disclosure);

  test(`${pack.tag}: replies are response context`, () => {
    const wrong = sentences.reply.filter((s) => !response.test(s));
    assert.deepEqual(wrong, []);
  });

  test(`${pack.tag}: fixes are fix words and no response context`, () => {
    const wrong = sentences.fix
      .map((s) => [s, fix.test(s) ? '' : 'no fix word', response.test(s) ? `response word "${response.exec(s)[0]}"` : ''])
      .filter(([, a, b]) => a || b);
    assert.deepEqual(wrong, []);
  });

  test(`${pack.tag}: publishing is disclosure, no response context nor fix`, () => {
    const wrong = sentences.disclosure
      .map((s) => [
        s,
        disclosure.test(s) ? '' : 'no disclosure word',
        response.test(s) ? `response word "${response.exec(s)[0]}"` : '',
        fix.test(s) ? `fix word "${fix.exec(s)[0]}"` : '',
      ])
      .filter(([, a, b, c]) => a || b || c);
    assert.deepEqual(wrong, []);
  });
}

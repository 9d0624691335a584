// @ts-check
'use strict';
// The language of a policy, from its prose (invented paragraphs, one per supported language),
// undisturbed by links, addresses and code.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource, md } = require('../helpers.js');

const { detectLanguage, detectLanguages } = loadSource('server/src/core/language/detect.ts');

const SAMPLES = {
  en: 'If you find a security vulnerability in this project, please do not open a public issue. Send a description of the problem to our security team by e-mail and we will get back to you.',
  de: 'Wenn Sie eine Sicherheitslücke in diesem Projekt finden, eröffnen Sie bitte kein öffentliches Ticket. Schicken Sie eine Beschreibung des Problems per E-Mail an unser Sicherheitsteam, wir melden uns bei Ihnen.',
  fr: 'Si vous trouvez une vulnérabilité dans ce projet, merci de ne pas ouvrir de ticket public. Envoyez une description du problème par courriel à notre équipe de sécurité et nous vous répondrons.',
  es: 'Si encuentras una vulnerabilidad de seguridad en este proyecto, por favor no abras un ticket público. Envía una descripción del problema por correo electrónico a nuestro equipo de seguridad y te responderemos.',
  pt: 'Se você encontrar uma vulnerabilidade de segurança neste projeto, por favor não abra uma issue pública. Envie uma descrição do problema por e-mail para a nossa equipe de segurança e responderemos em breve.',
  it: 'Se trovi una vulnerabilità di sicurezza in questo progetto, per favore non aprire una segnalazione pubblica. Invia una descrizione del problema via email al nostro team di sicurezza e ti risponderemo.',
  nl: 'Als je een beveiligingsprobleem in dit project vindt, open dan geen openbaar issue. Stuur een beschrijving van het probleem per e-mail naar ons beveiligingsteam en wij nemen contact met je op.',
  pl: 'Jeśli znajdziesz lukę w zabezpieczeniach tego projektu, nie zgłaszaj jej publicznie. Wyślij opis problemu e-mailem do naszego zespołu bezpieczeństwa, a my skontaktujemy się z Tobą.',
  cs: 'Pokud v tomto projektu najdete bezpečnostní zranitelnost, nezakládejte prosím veřejný požadavek. Pošlete popis problému e-mailem našemu bezpečnostnímu týmu a my se vám ozveme.',
  sv: 'Om du hittar en säkerhetsbrist i det här projektet, öppna inte ett offentligt ärende. Skicka en beskrivning av problemet via e-post till vårt säkerhetsteam så återkommer vi till dig.',
  tr: 'Bu projede bir güvenlik açığı bulursanız lütfen herkese açık bir kayıt oluşturmayın. Sorunun açıklamasını e-posta ile güvenlik ekibimize gönderin, size geri dönüş yapacağız.',
  id: 'Jika Anda menemukan kerentanan keamanan dalam proyek ini, mohon jangan membuat laporan publik. Kirimkan deskripsi masalah melalui email kepada tim keamanan kami dan kami akan menghubungi Anda.',
  vi: 'Nếu bạn phát hiện lỗ hổng bảo mật trong dự án này, vui lòng không tạo báo cáo công khai. Hãy gửi mô tả sự cố qua email cho nhóm bảo mật của chúng tôi và chúng tôi sẽ phản hồi bạn.',
  ru: 'Если вы нашли уязвимость в этом проекте, пожалуйста, не создавайте публичную задачу. Отправьте описание проблемы по электронной почте нашей команде безопасности, и мы свяжемся с вами.',
  uk: 'Якщо ви знайшли вразливість у цьому проєкті, будь ласка, не створюйте публічне звернення. Надішліть опис проблеми електронною поштою нашій команді безпеки, і ми зв’яжемося з вами.',
  ar: 'إذا وجدت ثغرة أمنية في هذا المشروع، يرجى عدم فتح بلاغ عام. أرسل وصفاً للمشكلة عبر البريد الإلكتروني إلى فريق الأمان لدينا وسنتواصل معك.',
  fa: 'اگر آسیب‌پذیری امنیتی در این پروژه پیدا کردید، لطفاً آن را به‌صورت عمومی منتشر نکنید. شرحی از مشکل را با ایمیل برای تیم امنیت ما بفرستید و ما با شما تماس خواهیم گرفت.',
  hi: 'यदि आपको इस परियोजना में कोई सुरक्षा कमजोरी मिलती है, तो कृपया सार्वजनिक रिपोर्ट न बनाएं। समस्या का विवरण ईमेल द्वारा हमारी सुरक्षा टीम को भेजें और हम आपसे संपर्क करेंगे।',
  th: 'หากคุณพบช่องโหว่ด้านความปลอดภัยในโครงการนี้ โปรดอย่าเปิดรายงานสาธารณะ ส่งรายละเอียดของปัญหาทางอีเมลถึงทีมความปลอดภัยของเรา แล้วเราจะติดต่อกลับ',
  zh: '如果您在本项目中发现安全漏洞，请不要公开提交问题。请通过电子邮件将问题描述发送给我们的安全团队，我们会尽快与您联系。',
  ja: 'このプロジェクトでセキュリティ上の脆弱性を見つけた場合は、公開の課題を作成しないでください。問題の説明をメールでセキュリティチームに送ってください。',
  ko: '이 프로젝트에서 보안 취약점을 발견하면 공개 이슈를 만들지 마세요. 문제에 대한 설명을 이메일로 보안팀에 보내 주시면 연락드리겠습니다.',
};

for (const [tag, paragraph] of Object.entries(SAMPLES)) {
  test(`${tag}: a paragraph is read as ${tag}, with links, an address and code around it`, () => {
    assert.equal(detectLanguage(paragraph), tag);
    const noisy = md(
      paragraph,
      '',
      'security@acme-widgets.dev',
      '',
      'https://github.com/acme/widgets/security/advisories/new',
      '',
      '`npm audit --production`',
    );
    assert.equal(detectLanguage(noisy), tag);
  });
}

test('a line or two is too little to guess from: English', () => {
  assert.equal(detectLanguage('Please see our security policy document here.'), 'en');
  assert.equal(detectLanguage(''), 'en');
});

test('a language the linter does not read is named only when there is enough text', () => {
  const finnish =
    'Jos löydät tästä projektista tietoturvahaavoittuvuuden, älä avaa julkista tikettiä. Lähetä kuvaus ongelmasta sähköpostilla tietoturvatiimillemme, niin otamme sinuun yhteyttä mahdollisimman pian. Kerro myös käyttämäsi versio, ongelman toistamisen vaiheet ja arviosi sen vaikutuksista. Käsittelemme kaikki ilmoitukset luottamuksellisesti.';
  assert.equal(detectLanguage(finnish), 'fi');
  assert.notEqual(detectLanguage(finnish.slice(0, 90)), 'fi');
});

test('a bilingual policy in one script: the other half is read too', () => {
  const { language, languages } = detectLanguages([SAMPLES.en, SAMPLES.en, SAMPLES.es, SAMPLES.es, SAMPLES.en]);
  assert.equal(language, 'en');
  assert.deepEqual(languages, ['es']);
});

test('a policy in one language is read in it alone; one of a line or two in every Latin-script language', () => {
  assert.deepEqual(detectLanguages([SAMPLES.de, SAMPLES.de]).languages, []);
  const short = detectLanguages(['Schreiben Sie uns.']);
  assert.equal(short.language, 'en');
  assert.ok(short.languages.includes('de') && short.languages.includes('fr') && !short.languages.includes('ru'));
});

test('Malay is read as Indonesian', () => {
  const malay =
    'Jika anda menemui kelemahan keselamatan dalam projek ini, sila jangan buat laporan awam. Hantar penerangan masalah melalui e-mel kepada pasukan keselamatan kami dan kami akan menghubungi anda secepat mungkin.';
  assert.equal(detectLanguage(malay), 'id');
});

test('a close relative the linter does not read loses a near tie: Spanish headings are Spanish, not Galician', () => {
  const headings =
    'Reportar una vulnerabilidad. Cómo reportar un fallo. Reporte de vulnerabilidades. Notificación de problemas de seguridad. Contacto. Divulgación responsable. Versiones soportadas. Versiones con soporte. Actualizaciones de seguridad. Política de soporte. Tiempo de respuesta. Qué esperar. Proceso de gestión. Plazos.';
  assert.equal(detectLanguages(['Acme', 'Responderemos tan pronto como sea posible.', headings]).language, 'es');
});

test('Vietnamese full of English terms is Vietnamese, by the letters only it writes', () => {
  const text = [
    'Mọi secret (token, password, SSH key) chỉ nằm trong các file không được commit, chỉ dùng trong pipeline chạy trên máy local.',
    'Credential của Exporter và Alertmanager được render từ biến môi trường lúc deploy, không hardcode trong playbook.',
    'Nếu phát hiện lỗ hổng bảo mật, vui lòng tạo private security advisory trên GitHub hoặc liên hệ trực tiếp chủ repo.',
  ];
  assert.equal(detectLanguages(text).language, 'vi');
  assert.equal(detectLanguages([SAMPLES.en, SAMPLES.en, 'Nguyễn Văn An reviewed this policy.']).language, 'en');
});

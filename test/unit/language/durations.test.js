// @ts-check
'use strict';
// Concrete times in 22 languages. Generated cases: every unit in every plural category of every
// language, as Intl formats it (a number with a unit, and the forms after "in"/"ago"), must be
// found whole with its length. Hand-written cases: business days, ranges, spelled-out numbers and
// deadline frames in each language, and text that only looks like a time.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { performance } = require('node:perf_hooks');
const { loadSource } = require('../helpers.js');

const { findTimes } = loadSource('server/src/core/language/durations.ts');
const { timeChoices } = loadSource('server/src/core/lexicon/replacements.ts');

const LANGUAGES = 'en de fr es pt zh ja ko ru it nl pl tr uk cs sv id vi ar fa hi th'.split(' ');
/** The same languages with the digits of their own script. */
const NATIVE_DIGITS = ['ar-u-nu-arab', 'fa', 'hi-u-nu-deva', 'th-u-nu-thai', 'ja-u-nu-fullwide'];
/** @type {Intl.NumberFormatOptions['unitDisplay'][]} */
const UNIT_DISPLAYS = ['long', 'short', 'narrow'];
/** @type {Intl.RelativeTimeFormatUnitSingular[]} */
const UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'];
const UNIT_DAYS = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
/**
 * Unit symbols of one letter: read only glued to their number ("3d"), except the hour's ("48 h").
 * Any other one-letter abbreviation is not read ("3 d" in a list, Swedish "3 v").
 */
const SYMBOLS = { h: ['hour', true], ч: ['hour', true], d: ['day', false], w: ['week', false] };
/** Up to two numbers of each plural category of a language (integers and decimals up to 200). */
function samples(locale) {
  const rules = new Intl.PluralRules(locale);
  const out = new Map();
  for (const n of [...Array(201).keys(), 0.5, 1.5, 2.5, 21.5]) {
    const list = out.get(rules.select(n)) ?? [];
    if (list.length < 2) list.push(n);
    out.set(rules.select(n), list);
  }
  return out;
}

const close = (a, b) => Math.abs(a - b) < 1e-9;
const letters = (s) => [...s].filter((c) => /\p{L}/u.test(c)).length;
const unspaced = (s) => /^[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(s.trim());

/**
 * What a one-letter abbreviation should give: undefined when it is not one, 'none' when it must
 * not be read, 'skip' when the letter is another unit's symbol, else its unit.
 */
function oneLetter(unitText, unit, glued) {
  const bare = unitText.trim().replace(/[.॰]$/, '');
  if (letters(bare) > 1 || unspaced(bare)) return undefined;
  const symbol = SYMBOLS[bare];
  if (!symbol || !(glued || symbol[1])) return 'none';
  return symbol[0] === unit ? unit : 'skip';
}

/** Unit words that name different units in different languages ("hr": en hour, id day): either reading counts. */
const AMBIGUOUS = (() => {
  const units = new Map();
  const note = (word, unit) => units.set(word.toLowerCase(), (units.get(word.toLowerCase()) ?? new Set()).add(unit));
  for (const locale of LANGUAGES) {
    for (const unit of UNITS) {
      for (const unitDisplay of UNIT_DISPLAYS) {
        const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
        for (const n of [1, 2, 5, 1.5])
          note(
            format
              .formatToParts(n)
              .find((p) => p.type === 'unit')
              ?.value.trim() ?? '',
            unit,
          );
      }
    }
  }
  return new Set([...units].filter(([, set]) => set.size > 1).map(([word]) => word));
})();

function all(cases, check) {
  const failures = [];
  for (const c of cases) {
    const problem = check(c);
    if (problem) failures.push(problem);
  }
  assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${cases.length} cases failed`);
  return cases.length;
}

function spans(text) {
  return findTimes(text).map((t) => [text.slice(t.start, t.end), Number(t.days.toFixed(6))]);
}

for (const locale of [...LANGUAGES, ...NATIVE_DIGITS]) {
  test(`${locale}: every unit × every plural category × long/short/narrow, as Intl.NumberFormat writes them`, () => {
    const cases = [];
    for (const unit of UNITS) {
      for (const unitDisplay of UNIT_DISPLAYS) {
        const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
        for (const n of [...samples(locale).values()].flat()) cases.push({ unit, unitDisplay, n, parts: format.formatToParts(n) });
      }
    }
    const count = all(cases, ({ unit, unitDisplay, n, parts }) => {
      const text = parts.map((p) => p.value).join('');
      const unitText = parts
        .filter((p) => p.type === 'unit')
        .map((p) => p.value)
        .join('');
      const numbered = parts.some((p) => p.type === 'integer');
      const found = findTimes(text);
      const label = `${unit} ${unitDisplay} ${n}: "${text}" → ${JSON.stringify(spans(text))}`;
      const letter = numbered ? oneLetter(unitText, unit, !parts.some((p) => p.type === 'literal')) : undefined;
      // A bare singular without digits (Arabic "يوم") names the unit without counting it.
      if (letter === 'none' || (!numbered && n === 1 && !/\s/.test(unitText.trim()))) {
        return found.length === 0 ? undefined : `${label}: should not be a time`;
      }
      if (letter === 'skip') return undefined;
      // Narrow forms are read where they are safe words ("5gg"); "3 m-ce" and "2sem" are not.
      if (unitDisplay === 'narrow' && found.length === 0) return undefined;
      const expected = n * UNIT_DAYS[unit];
      if (found.length !== 1 || found[0].start !== 0 || found[0].end !== text.length) return `${label}, expected the whole`;
      if (!close(found[0].days, expected) && !AMBIGUOUS.has(unitText.trim().replace(/\.$/, '').toLowerCase())) {
        return `${label}, expected ${expected} days`;
      }
      return undefined;
    });
    assert.ok(count > 0);
  });

  test(`${locale}: every unit × every plural category, after "in" and "ago" as Intl.RelativeTimeFormat writes them`, () => {
    const cases = [];
    for (const style of /** @type {const} */ (['long', 'short'])) {
      const format = new Intl.RelativeTimeFormat(locale, { style, numeric: 'always' });
      for (const unit of UNITS) {
        for (const n of [...samples(locale).values()].flat()) {
          for (const sign of [1, -1]) cases.push({ style, unit, n, parts: format.formatToParts(sign * n, unit) });
        }
      }
    }
    all(cases, ({ style, unit, n, parts }) => {
      const text = parts.map((p) => p.value).join('');
      const numberAt = parts.findIndex((p) => p.type === 'integer');
      const found = findTimes(text);
      const label = `${style} ${unit} ${n}: "${text}" → ${JSON.stringify(spans(text))}`;
      if (numberAt >= 0) {
        const start = parts
          .slice(0, numberAt)
          .map((p) => p.value)
          .join('').length;
        const after = parts
          .slice(numberAt)
          .filter((p) => p.type === 'literal')
          .map((p) => p.value)
          .join('')
          .trim();
        const unitText = unspaced(after) ? after : after.split(/\s/)[0];
        const letter = oneLetter(unitText, unit, false);
        if (letter === 'none') return found.length === 0 ? undefined : `${label}: a one-letter abbreviation`;
        if (letter === 'skip') return undefined;
        if (found.length !== 1 || found[0].start !== start || found[0].end > text.length)
          return `${label}, expected one time from ${start}`;
        if (!close(found[0].days, n * UNIT_DAYS[unit]) && !AMBIGUOUS.has(unitText.replace(/\.$/, '').toLowerCase())) {
          return `${label}, expected ${n} ${unit}`;
        }
        return undefined;
      }
      // Written without digits (Arabic "خلال يومين", "قبل ساعة واحدة"): the words count.
      if (found.length !== 1 || !close(found[0].days, n * UNIT_DAYS[unit])) return `${label}, expected ${n} ${unit}`;
      return undefined;
    });
  });
}

// ---- hand-written phrases: [sentence, [[time text, days], ...]] ------------------------------

const PHRASES = {
  en: [
    ['We acknowledge reports within 48 hours.', [['48 hours', 2]]],
    ['Triage takes 3 business days.', [['3 business days', 3]]],
    ['Expect an answer in 1-2 working days.', [['1-2 working days', 2]]],
    ['A fix ships within two weeks.', [['two weeks', 14]]],
    ['We keep a 90-day disclosure deadline.', [['90-day', 90]]],
    [
      'Reply in 24h, patch in 3d, release in 2w.',
      [
        ['24h', 1],
        ['3d', 3],
        ['2w', 14],
      ],
    ],
    [
      'We answer within a couple of days and fix within a month.',
      [
        ['a couple of days', 2],
        ['a month', 30],
      ],
    ],
    [
      'Responses take 2 to 5 workdays, sometimes 48-hour turnarounds.',
      [
        ['2 to 5 workdays', 5],
        ['48-hour', 2],
      ],
    ],
    [
      'Disclosure follows after 10 calendar days or 1.5 weeks.',
      [
        ['10 calendar days', 10],
        ['1.5 weeks', 10.5],
      ],
    ],
    ['An advisory goes out within an hour of the release.', [['an hour', 1 / 24]]],
  ],
  de: [
    ['Wir antworten innerhalb von 48 Stunden.', [['48 Stunden', 2]]],
    ['Eine Bestätigung erhalten Sie binnen 3 Arbeitstagen.', [['3 Arbeitstagen', 3]]],
    ['Die Analyse dauert 2 bis 3 Werktage.', [['2 bis 3 Werktage', 3]]],
    ['Ein Fix folgt innerhalb einer Woche.', [['einer Woche', 7]]],
    ['Wir veröffentlichen nach 90 Tagen.', [['90 Tagen', 90]]],
    ['Es gilt eine 90-tägige Frist.', [['90-tägige', 90]]],
    [
      'Rückmeldung in zwei Wochen, spätestens in 3 Monaten.',
      [
        ['zwei Wochen', 14],
        ['3 Monaten', 90],
      ],
    ],
    ['Die 14-Tage-Frist beginnt mit dem Eingang.', [['14-Tage', 14]]],
    ['Wir melden uns in 24 Std. zurück.', [['24 Std.', 1]]],
  ],
  fr: [
    ['Nous répondons sous 48 heures.', [['48 heures', 2]]],
    ['Un accusé de réception sous 3 jours ouvrés.', [['3 jours ouvrés', 3]]],
    ['La correction prend de 2 à 4 semaines.', [['2 à 4 semaines', 28]]],
    ['Publication après 90 jours calendaires.', [['90 jours calendaires', 90]]],
    ['Nous revenons vers vous dans une semaine.', [['une semaine', 7]]],
    ['Le correctif arrive en deux mois.', [['deux mois', 60]]],
    ['Nous publions un avis au bout de 1 an.', [['1 an', 365]]],
    [
      'Réponse en 24 h, correctif en 15 jours ouvrables.',
      [
        ['24 h', 1],
        ['15 jours ouvrables', 15],
      ],
    ],
  ],
  es: [
    ['Respondemos en un plazo de 48 horas.', [['48 horas', 2]]],
    ['Confirmamos la recepción en 3 días hábiles.', [['3 días hábiles', 3]]],
    ['El análisis tarda de 2 a 5 días laborables.', [['2 a 5 días laborables', 5]]],
    ['Publicamos el aviso tras 90 días naturales.', [['90 días naturales', 90]]],
    ['Recibirás respuesta en una semana.', [['una semana', 7]]],
    ['La corrección llega en dos meses.', [['dos meses', 60]]],
    ['Te contestamos en un par de días.', [['un par de días', 2]]],
    [
      'Soporte durante 1 año, revisión cada 6 meses.',
      [
        ['1 año', 365],
        ['6 meses', 180],
      ],
    ],
  ],
  pt: [
    ['Respondemos em até 48 horas.', [['48 horas', 2]]],
    ['Confirmamos o recebimento em 3 dias úteis.', [['3 dias úteis', 3]]],
    ['A correção leva de 2 a 4 semanas.', [['2 a 4 semanas', 28]]],
    ['Divulgamos após 90 dias corridos.', [['90 dias corridos', 90]]],
    ['Você recebe uma resposta em uma semana.', [['uma semana', 7]]],
    [
      'O patch sai em duas semanas ou em um mês.',
      [
        ['duas semanas', 14],
        ['um mês', 30],
      ],
    ],
    ['Suporte por 2 anos.', [['2 anos', 730]]],
    ['Retornamos em 5 dias uteis.', [['5 dias uteis', 5]]],
  ],
  zh: [
    ['我们将在48小时内回复。', [['48小时', 2]]],
    ['我们会在3个工作日内确认。', [['3个工作日', 3]]],
    ['修复通常需要3至5个工作日。', [['3至5个工作日', 5]]],
    ['漏洞将在90天后公开。', [['90天', 90]]],
    ['我们在两周内发布补丁。', [['两周', 14]]],
    [
      '支持期为一年，每3个月审查一次。',
      [
        ['一年', 365],
        ['3个月', 90],
      ],
    ],
    [
      '我們會在7天內回覆，並在2個月內修復。',
      [
        ['7天', 7],
        ['2個月', 60],
      ],
    ],
    ['初步评估需要1-2周。', [['1-2周', 14]]],
    ['请在半年内升级。', [['半年', 182.5]]],
  ],
  ja: [
    ['48時間以内に返信します。', [['48時間', 2]]],
    ['3営業日以内に受領を確認します。', [['3営業日', 3]]],
    ['修正には2～3週間かかります。', [['2～3週間', 21]]],
    ['90日後に公開します。', [['90日', 90]]],
    ['三日以内にご連絡します。', [['三日', 3]]],
    ['サポート期間は1年間です。', [['1年間', 365]]],
    ['3ヶ月ごとに見直します。', [['3ヶ月', 90]]],
    ['２４時間以内に対応します。', [['２４時間', 1]]],
  ],
  ko: [
    ['48시간 이내에 답변합니다.', [['48시간', 2]]],
    ['3영업일 이내에 확인합니다.', [['3영업일', 3]]],
    ['수정에는 2~3주가 걸립니다.', [['2~3주', 21]]],
    ['90일 후에 공개합니다.', [['90일', 90]]],
    ['하루 이내에 연락드립니다.', [['하루', 1]]],
    ['지원 기간은 1년입니다.', [['1년', 365]]],
    ['6개월마다 검토합니다.', [['6개월', 180]]],
    ['한 달 안에 패치를 배포합니다.', [['한 달', 30]]],
  ],
  ru: [
    ['Мы ответим в течение 48 часов.', [['48 часов', 2]]],
    ['Подтверждение в течение 3 рабочих дней.', [['3 рабочих дней', 3]]],
    ['Исправление займёт 2–3 недели.', [['2–3 недели', 21]]],
    ['Раскрытие через 90 дней.', [['90 дней', 90]]],
    ['Ответим в течение двух недель.', [['двух недель', 14]]],
    ['Срок — 3 суток с момента получения.', [['3 суток', 3]]],
    [
      'Поддержка 1 год, обзор раз в 6 месяцев.',
      [
        ['1 год', 365],
        ['6 месяцев', 180],
      ],
    ],
    ['Действует 90-дневный срок раскрытия.', [['90-дневный', 90]]],
  ],
  it: [
    ['Rispondiamo entro 48 ore.', [['48 ore', 2]]],
    ['Confermiamo la ricezione entro 7 giorni lavorativi.', [['7 giorni lavorativi', 7]]],
    ['La correzione richiede da 2 a 4 settimane.', [['2 a 4 settimane', 28]]],
    ['Pubblichiamo dopo 90 giorni.', [['90 giorni', 90]]],
    ["Ti rispondiamo entro un'ora.", [["un'ora", 1 / 24]]],
    ['Il supporto dura un anno.', [['un anno', 365]]],
    ['Risposta in due settimane.', [['due settimane', 14]]],
    [
      'Revisione ogni 6 mesi, risposta in 5gg.',
      [
        ['6 mesi', 180],
        ['5gg', 5],
      ],
    ],
  ],
  nl: [
    ['We reageren binnen 48 uur.', [['48 uur', 2]]],
    ['Je ontvangt binnen 5 werkdagen een bevestiging.', [['5 werkdagen', 5]]],
    ['Een oplossing volgt binnen 2 tot 4 weken.', [['2 tot 4 weken', 28]]],
    ['Openbaarmaking na 90 dagen.', [['90 dagen', 90]]],
    ['We reageren binnen een week.', [['een week', 7]]],
    ['Ondersteuning gedurende twee jaar.', [['twee jaar', 730]]],
    ['Elke 3 maanden herzien we dit beleid.', [['3 maanden', 90]]],
    ['Een eerste reactie volgt binnen 1 dag.', [['1 dag', 1]]],
  ],
  pl: [
    ['Odpowiemy w ciągu 48 godzin.', [['48 godzin', 2]]],
    ['Potwierdzenie w ciągu 3 dni roboczych.', [['3 dni roboczych', 3]]],
    ['Analiza trwa 5 dni robocze.', [['5 dni robocze', 5]]],
    ['Poprawka w ciągu 2–3 tygodni.', [['2–3 tygodni', 21]]],
    ['Ujawnienie po 90 dniach.', [['90 dniach', 90]]],
    ['Odpowiemy w ciągu dwóch tygodni.', [['dwóch tygodni', 14]]],
    [
      'Wsparcie przez 1 rok, przegląd co 6 miesięcy.',
      [
        ['1 rok', 365],
        ['6 miesięcy', 180],
      ],
    ],
    ['Obowiązuje 90-dniowy termin.', [['90-dniowy', 90]]],
    ['Odpowiedź za 2 dni.', [['2 dni', 2]]],
  ],
  tr: [
    ['48 saat içinde yanıt veriyoruz.', [['48 saat', 2]]],
    ['Bildiriminizi 3 iş günü içinde onaylıyoruz.', [['3 iş günü', 3]]],
    ['Düzeltme 2-4 hafta sürer.', [['2-4 hafta', 28]]],
    ['90 gün sonra yayımlıyoruz.', [['90 gün', 90]]],
    ['Bir hafta içinde dönüş yapıyoruz.', [['Bir hafta', 7]]],
    [
      'Destek süresi 1 yıl, inceleme 6 ayda bir.',
      [
        ['1 yıl', 365],
        ['6 ayda', 180],
      ],
    ],
    ['30 günlük bir süre tanıyoruz.', [['30 günlük', 30]]],
    ['24 saatte yanıt veriyoruz.', [['24 saatte', 1]]],
  ],
  uk: [
    ['Ми відповімо протягом 48 годин.', [['48 годин', 2]]],
    ['Підтвердження протягом 3 робочих днів.', [['3 робочих днів', 3]]],
    ['Аналіз триває 3 робочих дні.', [['3 робочих дні', 3]]],
    ['Виправлення за 2–3 тижні.', [['2–3 тижні', 21]]],
    ['Розкриття через 90 днів.', [['90 днів', 90]]],
    ['Відповімо протягом двох тижнів.', [['двох тижнів', 14]]],
    [
      'Підтримка 1 рік, огляд кожні 6 місяців.',
      [
        ['1 рік', 365],
        ['6 місяців', 180],
      ],
    ],
    ['Відповідь протягом 3 діб.', [['3 діб', 3]]],
  ],
  cs: [
    ['Odpovíme do 48 hodin.', [['48 hodin', 2]]],
    ['Potvrzení do 3 pracovních dnů.', [['3 pracovních dnů', 3]]],
    ['Analýza trvá 3 pracovní dny.', [['3 pracovní dny', 3]]],
    ['Oprava do 5 dní.', [['5 dní', 5]]],
    ['Zveřejnění za 2 až 3 týdny.', [['2 až 3 týdny', 21]]],
    ['Podpora po dobu 5 let.', [['5 let', 1825]]],
    ['Odpovíme během dvou týdnů.', [['dvou týdnů', 14]]],
    ['Platí 90denní lhůta.', [['90denní', 90]]],
  ],
  sv: [
    ['Vi svarar inom 48 timmar.', [['48 timmar', 2]]],
    ['Bekräftelse inom 5 arbetsdagar.', [['5 arbetsdagar', 5]]],
    ['En rättning inom 2–3 veckor.', [['2–3 veckor', 21]]],
    ['Publicering efter 90 dagar.', [['90 dagar', 90]]],
    ['Vi återkommer om 3 dagar.', [['3 dagar', 3]]],
    ['Svar inom en vecka.', [['en vecka', 7]]],
    ['Stöd i 2 år, granskning var 6:e månad.', [['2 år', 730]]],
    [
      'Vi svarar inom 1 dag eller 2 dygn.',
      [
        ['1 dag', 1],
        ['2 dygn', 2],
      ],
    ],
  ],
  id: [
    ['Kami merespons dalam 48 jam.', [['48 jam', 2]]],
    ['Konfirmasi dalam 3 hari kerja.', [['3 hari kerja', 3]]],
    ['Tanggapan dalam 2x24 jam.', [['2x24 jam', 2]]],
    ['Perbaikan dalam 2-4 minggu.', [['2-4 minggu', 28]]],
    ['Pengungkapan setelah 90 hari.', [['90 hari', 90]]],
    ['Kami membalas dalam seminggu.', [['seminggu', 7]]],
    ['Dukungan selama dua tahun.', [['dua tahun', 730]]],
    ['Tinjauan setiap 6 bulan.', [['6 bulan', 180]]],
  ],
  vi: [
    ['Chúng tôi phản hồi trong vòng 48 giờ.', [['48 giờ', 2]]],
    ['Xác nhận trong 3 ngày làm việc.', [['3 ngày làm việc', 3]]],
    ['Bản vá trong 2-4 tuần.', [['2-4 tuần', 28]]],
    ['Công bố sau 90 ngày.', [['90 ngày', 90]]],
    ['Phản hồi trong vòng hai tuần.', [['hai tuần', 14]]],
    ['Hỗ trợ trong 1 năm.', [['1 năm', 365]]],
    ['Xem xét mỗi 6 tháng.', [['6 tháng', 180]]],
    ['Phản hồi từ 1 đến 2 ngày.', [['1 đến 2 ngày', 2]]],
  ],
  ar: [
    ['سنرد خلال 48 ساعة.', [['48 ساعة', 2]]],
    ['التأكيد خلال 3 أيام عمل.', [['3 أيام عمل', 3]]],
    ['نرد خلال يومين.', [['يومين', 2]]],
    ['الإصلاح خلال أسبوعين.', [['أسبوعين', 14]]],
    ['النشر بعد 90 يومًا.', [['90 يومًا', 90]]],
    ['النشر بعد 90 يوما.', [['90 يوما', 90]]],
    ['نرد خلال ساعة واحدة.', [['ساعة واحدة', 1 / 24]]],
    ['الإصلاح خلال ٧ أيام.', [['٧ أيام', 7]]],
    ['التحليل يستغرق ثلاثة أيام.', [['ثلاثة أيام', 3]]],
    ['الرد خلال 3 إلى 5 أيام.', [['3 إلى 5 أيام', 5]]],
  ],
  fa: [
    ['در عرض ۴۸ ساعت پاسخ می‌دهیم.', [['۴۸ ساعت', 2]]],
    ['تأیید ظرف ۳ روز کاری.', [['۳ روز کاری', 3]]],
    ['اصلاح در ۲ تا ۴ هفته.', [['۲ تا ۴ هفته', 28]]],
    ['انتشار پس از ۹۰ روز.', [['۹۰ روز', 90]]],
    ['پاسخ در 48 ساعت.', [['48 ساعت', 2]]],
    ['پشتیبانی به مدت ۱ سال.', [['۱ سال', 365]]],
    ['بازبینی هر ۶ ماه.', [['۶ ماه', 180]]],
    ['پاسخ در عرض سه روز.', [['سه روز', 3]]],
  ],
  hi: [
    ['हम 48 घंटे के भीतर जवाब देंगे।', [['48 घंटे', 2]]],
    ['पुष्टि 3 कार्य दिवस में।', [['3 कार्य दिवस', 3]]],
    ['सुधार 2 से 4 सप्ताह में।', [['2 से 4 सप्ताह', 28]]],
    ['प्रकटीकरण 90 दिनों के बाद।', [['90 दिनों', 90]]],
    ['जवाब ४८ घंटे में।', [['४८ घंटे', 2]]],
    ['सहायता 1 साल तक।', [['1 साल', 365]]],
    ['समीक्षा हर 6 महीने।', [['6 महीने', 180]]],
    ['हम दो दिन में जवाब देंगे।', [['दो दिन', 2]]],
  ],
  th: [
    ['เราจะตอบกลับภายใน 48 ชั่วโมง', [['48 ชั่วโมง', 2]]],
    ['ยืนยันภายใน 3 วันทำการ', [['3 วันทำการ', 3]]],
    ['แก้ไขภายใน 2-4 สัปดาห์', [['2-4 สัปดาห์', 28]]],
    ['เปิดเผยหลังจาก 90 วัน', [['90 วัน', 90]]],
    ['ตอบกลับภายใน ๔๘ ชั่วโมง', [['๔๘ ชั่วโมง', 2]]],
    ['สนับสนุน 1 ปี', [['1 ปี', 365]]],
    ['ทบทวนทุก 6 เดือน', [['6 เดือน', 180]]],
    ['ตอบกลับภายในสามวัน', [['สามวัน', 3]]],
  ],
};

for (const [language, phrases] of Object.entries(PHRASES)) {
  test(`${language}: ${phrases.length} hand-written phrases`, () => {
    assert.ok(phrases.length >= 8);
    all(phrases, ([sentence, expected]) => {
      const got = spans(sentence);
      const want = expected.map(([text, days]) => [text, Number(days.toFixed(6))]);
      return JSON.stringify(got) === JSON.stringify(want)
        ? undefined
        : `"${sentence}" → ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
    });
  });
}

test('every language is covered by hand-written phrases', () => {
  assert.deepEqual(Object.keys(PHRASES).sort(), [...LANGUAGES].sort());
});

// ---- text that only looks like a time -----------------------------------------------------------

const NOT_TIMES = [
  'Version 2 is supported.',
  'Enable 2FA on your account.',
  'We monitor 24/7.',
  'Released on 5 May 2024.',
  'Released on 2024-05-01.',
  'Upgrade to 1.2.3 days ago.',
  'Items a, b, c, 3 d and 4 e.',
  'Meet at 10:00 hours.',
  'We use 10m cables and 5m steps.',
  'Render it in 3D and 2D.',
  'The 2024年 roadmap and 2024 years of history.',
  '2024年5月1日に公開しました。',
  '最終更新: 2025年10月28日',
  '2024년 5월 1일에 공개했습니다.',
  '第3天我们开会。',
  'この問題は十分に検討しました。',
  '一日も早く修正します。',
  'Ngày 5 tháng 5 năm 2024 chúng tôi phát hành.',
  'We hold 2 jam sessions and sell 3 ore samples; see section 5 ay of the contract.',
  'Step 5 let us know and we will reply.',
  'Use the v1 tag or the 2 tag for releases.',
  'In option 1 an attacker could use the flaw.',
  'Both 2 sem custo.',
  'Our 7×24 hotline answers calls.',
  'Os usuários não sejam afetados.',
  'Apa kabar sehari-hari.',
  'CVE-2025-1234 days',
  'Call +1 800 555 0100.',
];

test(`${NOT_TIMES.length} sentences that only look like times have none`, () => {
  all(NOT_TIMES, (sentence) => {
    const got = spans(sentence);
    return got.length === 0 ? undefined : `"${sentence}" → ${JSON.stringify(got)}`;
  });
});

test('homographs of English words still count in their own language', () => {
  assert.deepEqual(spans('Entro 48 ore riceverai una risposta.'), [['48 ore', 2]]);
  assert.deepEqual(spans('Kami membalas dalam 2 jam.'), [['2 jam', 0.083333]]);
  assert.deepEqual(spans('Düzeltme 3 ay içinde yayınlanır.'), [['3 ay', 90]]);
  assert.deepEqual(spans('Podpora trvá 5 let.'), [['5 let', 1825]]);
});

// ---- the quick fixes offer times that are times ------------------------------------------------

test('every language: the offered times are concrete times of the right length', () => {
  const cases = LANGUAGES.flatMap((language) => {
    const t = timeChoices(language);
    return [
      [language, t.acknowledge, 2],
      [language, t.business, 3],
      [language, t.week, 7],
      [language, t.fix, 90],
      [language, t.ninetyDays, 90],
    ];
  });
  all(cases, ([language, text, days]) => {
    const got = findTimes(text);
    return got.length === 1 && close(got[0].days, days) ? undefined : `${language}: "${text}" → ${JSON.stringify(spans(text))}`;
  });
});

test('the nine earlier languages keep their wording', () => {
  assert.deepEqual(timeChoices('en'), {
    acknowledge: 'within 48 hours',
    business: 'within 3 business days',
    week: 'within 7 days',
    fix: 'within 90 days',
    ninetyDays: '90 days',
  });
  assert.equal(timeChoices('de').business, 'innerhalb von 3 Werktagen');
  assert.equal(timeChoices('es').business, 'en 3 días hábiles');
  assert.equal(timeChoices('ja').acknowledge, '48時間以内に');
  assert.equal(timeChoices('zh').business, '在3个工作日内');
  assert.equal(timeChoices('ru').business, 'в течение 3 рабочих дней');
  assert.equal(timeChoices('xx').acknowledge, 'within 48 hours');
});

test('linear on 100 KB of hostile text', () => {
  const pieces = [
    '1',
    '1 ',
    '1-',
    '1.',
    '1x',
    'a ',
    'on ',
    'a couple ',
    '一',
    '十',
    'ساعة ',
    'خلال ',
    '3 business ',
    '2 bis ',
    'é',
    '\u00a0',
    '48h',
    'dua ',
  ];
  const slow = [];
  findTimes('1 day'); // the tables are built once, outside the timing
  for (const piece of pieces) {
    const text = piece.repeat(Math.ceil(100_000 / piece.length));
    const t0 = performance.now();
    findTimes(text);
    const ms = performance.now() - t0;
    if (ms > 1000) slow.push(`${JSON.stringify(piece)}: ${ms.toFixed(0)} ms`);
  }
  assert.deepEqual(slow, []);
});

test('ko: a unit apart from its number takes particles and time endings, but is no part of another word', () => {
  assert.deepEqual(
    findTimes('7 일에 답변드립니다').map((t) => t.days),
    [7],
  );
  assert.deepEqual(
    findTimes('3 일 이내').map((t) => t.days),
    [3],
  );
  assert.deepEqual(findTimes('3 일본 여행'), []);
});

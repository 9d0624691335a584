// Concrete times offered in place of vague wording, in the language of the phrase.

export interface TimeChoices {
  acknowledge: string;
  business: string;
  week: string;
  fix: string;
  /** The 90-day disclosure deadline. */
  ninetyDays: string;
}

const CHOICES: Record<string, TimeChoices> = {
  en: {
    acknowledge: 'within 48 hours',
    business: 'within 3 business days',
    week: 'within 7 days',
    fix: 'within 90 days',
    ninetyDays: '90 days',
  },
  de: {
    acknowledge: 'innerhalb von 48 Stunden',
    business: 'innerhalb von 3 Werktagen',
    week: 'innerhalb von 7 Tagen',
    fix: 'innerhalb von 90 Tagen',
    ninetyDays: '90 Tage',
  },
  fr: {
    acknowledge: 'sous 48 heures',
    business: 'sous 3 jours ouvrés',
    week: 'sous 7 jours',
    fix: 'sous 90 jours',
    ninetyDays: '90 jours',
  },
  es: {
    acknowledge: 'en un plazo de 48 horas',
    business: 'en 3 días hábiles',
    week: 'en un plazo de 7 días',
    fix: 'en un plazo de 90 días',
    ninetyDays: '90 días',
  },
  pt: {
    acknowledge: 'em até 48 horas',
    business: 'em até 3 dias úteis',
    week: 'em até 7 dias',
    fix: 'em até 90 dias',
    ninetyDays: '90 dias',
  },
  zh: { acknowledge: '在48小时内', business: '在3个工作日内', week: '在7天内', fix: '在90天内', ninetyDays: '90天' },
  ja: { acknowledge: '48時間以内に', business: '3営業日以内に', week: '7日以内に', fix: '90日以内に', ninetyDays: '90日' },
  ko: { acknowledge: '48시간 이내에', business: '3영업일 이내에', week: '7일 이내에', fix: '90일 이내에', ninetyDays: '90일' },
  ru: {
    acknowledge: 'в течение 48 часов',
    business: 'в течение 3 рабочих дней',
    week: 'в течение 7 дней',
    fix: 'в течение 90 дней',
    ninetyDays: '90 дней',
  },
  it: {
    acknowledge: 'entro 48 ore',
    business: 'entro 3 giorni lavorativi',
    week: 'entro 7 giorni',
    fix: 'entro 90 giorni',
    ninetyDays: '90 giorni',
  },
  nl: {
    acknowledge: 'binnen 48 uur',
    business: 'binnen 3 werkdagen',
    week: 'binnen 7 dagen',
    fix: 'binnen 90 dagen',
    ninetyDays: '90 dagen',
  },
};

/** The language a phrase is written in, by its script and its words. */
export function phraseLanguage(phrase: string, fallback: string): string {
  if (/[\uac00-\ud7af]/.test(phrase)) return 'ko';
  if (/[\u3040-\u30ff]|速やか|迅速に/.test(phrase)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(phrase)) return 'zh';
  if (/[\u0400-\u04ff]/.test(phrase)) return 'ru';
  if (/möglich|zeitnah|umgehend/i.test(phrase)) return 'de';
  if (/dès que|rapidement que|le plus rapidement/i.test(phrase)) return 'fr';
  if (/antes posible|lo más|tan pronto|rápidamente|brevedad/i.test(phrase)) return fallback === 'pt' ? 'pt' : 'es';
  if (/possível|assim que/i.test(phrase)) return 'pt';
  if (/^rapidement$/i.test(phrase)) return 'fr';
  if (
    /\b(?:as soon|quickly|promptly|timely|soon|swiftly|rapidly|shortly|reasonable|undue|due course|possible|effort|asap|hours?|days?|weeks?|months?|years?)\b/i.test(
      phrase,
    )
  )
    return 'en';
  return CHOICES[fallback] ? fallback : 'en';
}

export function timeChoices(language: string): TimeChoices {
  return CHOICES[language] ?? CHOICES.en!;
}

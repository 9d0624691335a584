// Ukrainian. Nouns and adjectives inflect for case, verbs carry the person ("відповімо": we will
// answer), and the apostrophe is written three ways (’, ', ʼ) or left out ("зв’язок", "звязок").

import type { LanguagePack } from '../pack';

/** The apostrophe of "зв’язок", "кар’єра": any of its spellings, or none. */
const AP = `['’ʼ]?`;

/** An adjective ending of any gender, number and case ("розумний", "розумні", "розумного" ...). */
const ADJ = String.raw`(?:ий|ій|а|я|е|є|і|ого|ього|ому|ьому|им|ім|ій|ої|ьої|у|ю|ою|ьою|их|іх|ими|іми)`;

/** Nouns of handling a report: what a promise is about. */
const HANDLING_NOUN = String.raw`(?:відповід|реакці|реагуванн|виправленн|усуненн|розгляд|обробк|випуск|патч|рішенн|підтвердженн|оновленн)\p{L}*`;

/** Perfective stems of handling verbs (відповід-ять, виправ-ить, розгляне). */
const PERFECTIVE = String.raw`(?:виправ|випуст|повідом|підтверд|перевір|онов|оцін|вирі[шс]|сповіст|зроб|постав)`;
/** Imperfective stems of what the project does with a report (розгляда-ються, виправля-ються); not повідомляти, which reporters do. */
const IMPERFECTIVE = String.raw`(?:розгляда|виправля|випуска|публіку|обробля|підтверджу|перевіря|усува|оціню|аналізу|відповіда|реагу|вирішу|опрацьову)`;

export const uk: LanguagePack = {
  tag: 'uk',
  spaced: true,
  headings: {
    reporting: [
      String.raw`повідом\p{L}*`,
      String.raw`звіт\p{L}*`,
      String.raw`репорт\p{L}*`,
      String.raw`контакт\p{L}*`,
      String.raw`зв${AP}яз(?:ок|ку|атися|ки)`,
      String.raw`зв${AP}яжіться`,
      String.raw`(?:відповідальн|скоординован|координован)\p{L}* розкритт\p{L}*`,
      String.raw`(?:проблем|питанн|помилк|інцидент)\p{L}* (?:з )?безпек\p{L}*`,
      String.raw`(?:знайшли|виявили|знайшов|виявив) вразлив\p{L}*`,
      String.raw`як (?:повідомити|зв${AP}язатися|надіслати)`,
      String.raw`надсилання`,
    ],
    'supported-versions': [
      String.raw`версі\p{L}*`,
      String.raw`оновлен\p{L}* безпек\p{L}*`,
      String.raw`(?:підтримуван|супроводжуван)\p{L}* (?:реліз|випуск|гілк|версі)\p{L}*`,
      String.raw`політик\p{L}* підтримки`,
      String.raw`життєв\p{L}* цикл\p{L}*`,
      String.raw`(?:кінець|завершення|строк|термін) підтримки`,
    ],
    response: [
      // "відповідь", not "відповідальне розкриття" (responsible disclosure).
      String.raw`відповід(?!альн)\p{L}*`,
      String.raw`реагуванн\p{L}*`,
      String.raw`реакці\p{L}*`,
      String.raw`процес\p{L}*`,
      String.raw`процедур\p{L}*`,
      String.raw`строк\p{L}*`,
      String.raw`термін\p{L}*`,
      String.raw`часов\p{L}* рамк\p{L}*`,
      String.raw`обробк\p{L}*`,
      String.raw`розгляд\p{L}*`,
      String.raw`порядок (?:дій|роботи|обробки)`,
      String.raw`що (?:очікувати|далі|буде далі|відбувається)`,
      String.raw`чого очікувати`,
      String.raw`після (?:надсилання|повідомлення|звіту)`,
    ],
    disclosure: [
      String.raw`розкритт\p{L}*`,
      String.raw`оприлюдненн\p{L}*`,
      String.raw`публікаці\p{L}*`,
      String.raw`бюлетен\p{L}*`,
      String.raw`(?:рекомендаці|сповіщенн|оголошенн)\p{L}* (?:з|щодо) безпек\p{L}*`,
      String.raw`ембарго`,
    ],
    scope: [String.raw`сфер\p{L}* (?:дії|застосування)`, String.raw`обсяг\p{L}*`, String.raw`охопленн\p{L}*`, String.raw`межі`],
    'safe-harbor': [String.raw`безпечн\p{L}* гаван\p{L}*`, String.raw`правов\p{L}*`, String.raw`юридичн\p{L}*`],
    encryption: [String.raw`шифруванн\p{L}*`, String.raw`(?:публічн|відкрит)\p{L}* ключ\p{L}*`, String.raw`ключ\p{L}* підпису`],
    acknowledgments: [String.raw`подяк\p{L}*`, String.raw`зал\p{L}* слави`, String.raw`визнанн\p{L}*`],
    hiring: [String.raw`ваканс\p{L}*`, String.raw`кар${AP}єр\p{L}*`],
  },
  versionHeader: [String.raw`версі\p{L}*`, String.raw`реліз\p{L}*`, String.raw`випуск\p{L}*`],
  vague: {
    asap: [
      String.raw`як(?:най| ?омога )(?:швидше|скоріше|раніше|оперативніше)`,
      String.raw`(?:у|в) (?:максимально |найбільш )?(?:най)?(?:коротш|стисл)${ADJ} (?:терміни|термін|строки|строк|час)`,
      String.raw`при першій (?:ж )?(?:нагоді|можливості)`,
      String.raw`(?:щойно|як тільки|як лише) (?:ми |я )?(?:зможемо|зможу|буде можливо|це буде можливо|матимемо можливість)`,
      String.raw`максимально (?:швидко|оперативно)`,
    ],
    quickly: [
      String.raw`швидко`,
      String.raw`оперативно`,
      String.raw`в оперативному порядку`,
      String.raw`(?:оперативн|швидк)${ADJ} ${HANDLING_NOUN}`,
      String.raw`якнайшвидш${ADJ} ${HANDLING_NOUN}`,
    ],
    timely: [
      String.raw`своєчасно`,
      String.raw`вчасно`,
      String.raw`своєчасн${ADJ} (?:чином|${HANDLING_NOUN})`,
      String.raw`у (?:належн|визначен)${ADJ} (?:строки|строк|терміни|термін)`,
    ],
    soon: [
      String.raw`незабаром`,
      String.raw`невдовзі`,
      String.raw`найближчим часом`,
      String.raw`згодом`,
      String.raw`скоро`,
      String.raw`(?:у|в) (?:найближчому|недалекому|осяжному) майбутньому`,
      String.raw`найближчими днями`,
      String.raw`свого часу`,
    ],
    reasonable: [
      String.raw`(?:(?:у|в|за|протягом|упродовж|впродовж|в межах) )?(?:розумн|прийнятн)${ADJ} (?:строки|строк|строку|терміни|термін|терміну|час|часу|період|періоду|проміж(?:ок|ку) часу)`,
      String.raw`розумно (?:швидко|оперативно)`,
    ],
    'without-delay': [
      String.raw`без (?:(?:зайв|невиправдан|надмірн|необґрунтован|подальш)${ADJ} |будь-яких |жодних )?(?:затримок|затримки|затримку|зволікань|зволікання|зволікати|відкладань|відкладання)`,
      // Literally "without putting off": without delay, not "immediately" (негайно).
      String.raw`невідкладно`,
    ],
    'best-effort': [
      String.raw`(?:у|в|по) міру (?:можливості|можливостей|сил|наявності (?:вільного )?часу)`,
      String.raw`по мірі (?:можливості|можливостей|сил)`,
      String.raw`в межах (?:наших |моїх |своїх |наявних )?(?:можливостей|ресурсів|сил)`,
      String.raw`коли (?:це )?(?:можливо|буде можливо)`,
      String.raw`коли (?:ми |я )?(?:зможемо|зможу|матимемо час|матиму час)`,
      String.raw`коли (?:у (?:нас|мене) )?(?:буде|з${AP}явиться|є) (?:вільний )?час`,
      String.raw`(?:якщо|коли|як) (?:дозволяє|дозволить|дозволятиме|дозволяють) час`,
      String.raw`(?:у|в) (?:(?:свій|наш|мій) )?вільний час`,
    ],
  },
  promise: {
    firstPerson: [
      String.raw`ми`,
      String.raw`я`,
      // 1pl: відповімо, виправимо, розглянемо, опублікуємо, надамо, постараємося. Not the
      // adverbs "окремо", "видимо", "необходимо", "приемлемо" of Russian and Ukrainian text.
      String.raw`\p{L}{2,}(?:(?<!окр|емл)емо|ємо|(?<!необход|незалеж|завис|вид|допуст|терп)имо|імо|їмо|амо)(?:ся|сь)?`,
      // 1sg: reflexives (постараюся, зв’яжуся) and the verbs of handling.
      String.raw`\p{L}{2,}(?:уся|юся|усь|юсь)`,
      String.raw`(?:дамо|буду|відповім|виправлю|розгляну|повідомлю|опублікую|перевірю|випущу|усуну|підтверджу|оновлю|зроблю|займуся|займусь)`,
    ],
    possessive: [String.raw`наш\p{L}*`, String.raw`мій`, String.raw`мо(?:я|є|ї|го|єї|єму|їй|їм|їх|ю)`],
    team: [
      String.raw`команд\p{L}*`,
      String.raw`(?:мейнтейнер|супровідник|підтримувач|розробник|власни[кц]|адміністратор)\p{L}*`,
      String.raw`автор(?:и|ів|ам|ами|а|у|ом)?`,
    ],
    intent: [
      String.raw`буд(?:у|е|емо|уть)`,
      // The synthetic future: відповідатимемо, надаватиме.
      String.raw`\p{L}{3,}тим(?:у|е|емо|уть)`,
      String.raw`(?:по)?стара(?:юся|юсь|ємося|ємось|ється|ються)`,
      String.raw`намага(?:юся|юсь|ємося|ємось|ється|ються)`,
      String.raw`прагн(?:у|емо|е|уть)`,
      String.raw`зобов${AP}язу(?:юся|юсь|ємося|ємось|ється|ються)`,
      String.raw`плану(?:ю|ємо|є|ють)`,
      String.raw`ма(?:ю|ємо|є|ють) (?:на меті|намір)`,
      String.raw`(?:наша|моя) (?:мета|ціль|задача)`,
      String.raw`гаранту(?:ю|ємо|є|ють)`,
      String.raw`обіця(?:ю|ємо|є|ють)`,
      String.raw`доклад(?:емо|у|е|уть|аємо|аю) (?:всіх |усіх |максимум )?(?:можливих )?зусил\p{L}*`,
      String.raw`зроб(?:имо|лю|ить|лять) (?:все|усе) (?:можливе|від нас залежне)`,
      // Third-person perfective futures of handling verbs: "команда відповість", "Acme випустить".
      String.raw`(?:відповідять|відповість)`,
      String.raw`\p{L}{0,4}${PERFECTIVE}(?:ить|лять|ять|ать)`,
      String.raw`(?:розгляне|розглянуть|усуне|усунуть)`,
      String.raw`\p{L}{0,4}(?:публіку|аналізу|реагу)(?:є|ють)`,
      String.raw`зв${AP}яж(?:еться|уться)`,
    ],
    passive: [
      // Reflexive passives of handling verbs ("звіти розглядаються"), the impersonal 3pl
      // ("на звіти відповідають"), impersonal -но/-то after бути ("буде виправлено").
      // Not in a relative clause: "дослідники, які відповідають ...".
      String.raw`(?<!(?:які|котрі|що) (?:\p{L}+ ){0,2})\p{L}{0,4}${IMPERFECTIVE}(?:є|ють)(?:ся)?`,
      String.raw`(?:був|була|було|були|має бути|мають бути|повинн\p{L}{0,2} бути|може бути|можуть бути) (?:\p{L}+о )?\p{L}+(?:ений|ена|ене|ені|ено|аний|ана|ане|ані|ано|тий|та|те|ті|то)`,
    ],
    youReceive: [
      String.raw`(?:ви )?отрима(?:єте|ете)`,
      String.raw`(?:вам|вас) (?:\p{L}+ )?(?:відповідять|повідомлять|сповістять|поінформують|напишуть)`,
      String.raw`з вами зв${AP}яжуться`,
      String.raw`ви (?:будете )?(?:повідомлені|поінформовані|сповіщені)`,
      String.raw`(?:можете|можна) (?:розраховувати на|очікувати(?: на)?) (?:\p{L}+ )?(?:відповід|підтвердженн|реакці|оновленн)\p{L}*`,
    ],
  },
  request: [
    String.raw`будь ласка`,
    String.raw`просимо`,
    String.raw`прохання`,
    String.raw`(?:закликаємо|рекомендуємо|радимо|пропонуємо) (?:вам|вас|всім|усім|дослідник\p{L}*|користувач\p{L}*)`,
    String.raw`(?:ви|користувачі|дослідники) (?:повинні|мусите|маєте)`,
    String.raw`(?:вам|користувачам|дослідникам) (?:слід|варто|треба|потрібно|необхідно|рекомендується)`,
    String.raw`слід`,
    String.raw`рекомендується`,
    String.raw`(?:дайте|надайте|залиште|дай) (?:нам|мені)`,
    String.raw`(?:допомож|допомага|дозвол|дасть)\p{L}* (?:нам|мені)`,
    String.raw`щоб (?:ми|я)`,
    String.raw`не (?:очікуйте|чекайте|розраховуйте)`,
    String.raw`якщо ви не (?:отримали|отримаєте|почуєте|дочекалися)`,
    String.raw`будемо (?:вдячні|раді)`,
  ],
  imperative: [
    // Second-person imperatives: повідомте, надішліть, використовуйте, зверніться.
    String.raw`\p{L}{2,}(?:іть|йте|ьте|іться|йтеся|йтесь)`,
    String.raw`(?:повідомте|перевірте|відправте|повідом|надішли|напиши|вкажи|опиши|використовуй|створи|відкрий|онови|перевір|звернися|додай|не|ніколи)`,
  ],
  noPromise: [
    String.raw`дяку\p{L}*`,
    String.raw`вдячн\p{L}*`,
    String.raw`ціну(?:ємо|ю)`,
    String.raw`віта(?:ємо|ю)`,
    String.raw`заохочу\p{L}*`,
    String.raw`раді`,
    String.raw`радо`,
  ],
  condition: [String.raw`(?:якщо|коли|щойно|як тільки|поки|доки|перш ніж|у разі якщо) (?:ви|ти)`],
  conjunction: [
    String.raw`і`,
    String.raw`й`,
    String.raw`та`,
    String.raw`а`,
    String.raw`але`,
    String.raw`або`,
    String.raw`чи`,
    String.raw`потім`,
    String.raw`після чого`,
    String.raw`тоді`,
    String.raw`проте`,
    String.raw`однак`,
  ],
  leadInCondition: [
    String.raw`які`,
    String.raw`котрі`,
    String.raw`хто`,
    String.raw`якщо ви`,
    String.raw`коли ви`,
    String.raw`ви (?:повинні|маєте|зобов${AP}язуєтеся)`,
    String.raw`будь ласка`,
    String.raw`(?:будь ласка,? )?вкажіть`,
  ],
  responseContext: [
    String.raw`відповід(?!альн)\p{L}*`,
    String.raw`відповіда\p{L}*`,
    String.raw`відпові(?:м|мо|сти|сть|ть|в|ла|ли)`,
    String.raw`підтвердж\p{L}*`,
    String.raw`підтверд\p{L}*`,
    String.raw`отриманн\p{L}*`,
    String.raw`розгляд\p{L}*`,
    String.raw`розглян\p{L}*`,
    String.raw`реагув\p{L}*`,
    String.raw`реакці\p{L}*`,
    String.raw`обробк\p{L}*`,
    String.raw`обробл\p{L}*`,
    String.raw`оцін\p{L}*`,
    String.raw`аналіз\p{L}*`,
    String.raw`проаналіз\p{L}*`,
    String.raw`вивч\p{L}*`,
    String.raw`перевір\p{L}*`,
    String.raw`розслід\p{L}*`,
    String.raw`тріаж\p{L}*`,
    String.raw`первинн\p{L}*`,
    String.raw`сповіщ\p{L}*`,
    String.raw`інформув\p{L}*`,
    String.raw`поінформ\p{L}*`,
    String.raw`повідом(?:имо|ить|лятимемо|лятиме|ляємо)`,
    String.raw`зв['’ʼ]?яж\p{L}*`,
    String.raw`в курсі`,
    String.raw`про хід`,
  ],
  fix: [
    String.raw`виправ\p{L}*`,
    String.raw`усун\p{L}*`,
    String.raw`патч\p{L}*`,
    String.raw`латк\p{L}*`,
    String.raw`виріш\p{L}*`,
    String.raw`пом['’ʼ]?якш\p{L}*`,
    String.raw`коригу\p{L}*`,
    String.raw`корекц\p{L}*`,
    String.raw`полагод\p{L}*`,
    String.raw`обхідн\p{L}*`,
  ],
  supportPeriod: [
    // "підтримується", "підтримка": not "підтримувач" (maintainer), who answers reports.
    String.raw`підтрим(?!увач)\p{L}*`,
    String.raw`життєв\p{L}* цикл\p{L}*`,
  ],
  disclosure: [
    String.raw`розкритт\p{L}*`,
    String.raw`розкри(?:ємо|ваємо|ється|ваються|то|ти|ваємо)`,
    String.raw`оприлюдн\p{L}*`,
    String.raw`(?:о)?публік(?:ова|у)\p{L}*`,
    String.raw`бюлетен\p{L}*`,
    String.raw`(?:рекомендаці|сповіщенн|оголошенн)\p{L}* (?:з|щодо) безпек\p{L}*`,
    String.raw`ембарго`,
  ],
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

// Languages a policy says it accepts reports in ("We accept reports in English and German").

const NAMES: [RegExp, string][] = [
  [/\benglish\b|\benglisch\b|\banglais\b|\binglés\b|\binglês\b|英语|英文|英語|영어|английск/i, 'en'],
  [/\bgerman\b|\bdeutsch\b|\ballemand\b|\balemán\b|\balemão\b|德语|ドイツ語|독일어|немецк/i, 'de'],
  [/\bfrench\b|\bfranzösisch\b|\bfrançais\b|\bfrancés\b|\bfrancês\b|法语|フランス語|프랑스어|французск/i, 'fr'],
  [/\bspanish\b|\bspanisch\b|\bespagnol\b|\bespañol\b|\bespanhol\b|西班牙语|スペイン語|스페인어|испанск/i, 'es'],
  [/\bportuguese\b|\bportugiesisch\b|\bportugais\b|\bportugués\b|\bportuguês\b|葡萄牙语|ポルトガル語|포르투갈어|португальск/i, 'pt'],
  [/\bchinese\b|\bchinesisch\b|\bchinois\b|\bchino\b|\bchinês\b|中文|汉语|中国語|중국어|китайск/i, 'zh'],
  [/\bjapanese\b|\bjapanisch\b|\bjaponais\b|\bjaponés\b|\bjaponês\b|日语|日本語|일본어|японск/i, 'ja'],
  [/\bkorean\b|\bkoreanisch\b|\bcoréen\b|\bcoreano\b|韩语|韓国語|한국어|корейск/i, 'ko'],
  [/\brussian\b|\brussisch\b|\brusse\b|\bruso\b|\brusso\b|俄语|ロシア語|러시아어|русск/i, 'ru'],
  [/\bdutch\b|\bniederländisch\b|\bnederlands\b/i, 'nl'],
  [/\bitalian\b|\bitalienisch\b|\bitalien\b|\bitaliano\b/i, 'it'],
  [/\bpolish\b|\bpolnisch\b|\bpolski\b/i, 'pl'],
];

/** A sentence about which languages reports may be written in. */
const STATEMENT_RE =
  /\blanguages?\b|\baccept\w*\b.{0,40}\b(?:in|written)\b|\breports? (?:in|written in)\b|\bspeak\b|\bcommunicat\w+ in\b|sprache|langue|idioma|语言|言語|언어|язык/i;

/** Language tags in the order the statement names them, or [] when there is no statement. */
export function statedLanguages(sentences: readonly string[]): string[] {
  for (const sentence of sentences) {
    if (!STATEMENT_RE.test(sentence)) continue;
    const found = NAMES.map(([re, tag]) => ({ tag, at: sentence.search(re) }))
      .filter((f) => f.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((f) => f.tag);
    if (found.length > 0) return found;
  }
  return [];
}

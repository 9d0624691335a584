// A small language guess for Preferred-Languages: scripts first, then common function words.

const STOPWORDS: [string, RegExp][] = [
  ['en', /\b(?:the|and|of|to|you|we|please|with|is|for)\b/g],
  ['de', /\b(?:der|die|das|und|nicht|bitte|wir|sie|mit|ist|für)\b/g],
  ['fr', /\b(?:le|la|les|et|des|vous|nous|est|pour|une|dans)\b/g],
  ['es', /\b(?:el|los|las|y|que|por|para|una|usted|con|está)\b/g],
  ['pt', /\b(?:o|os|as|e|que|para|uma|você|com|não|está)\b/g],
];

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const kana = count(/[\u3040-\u30ff]/g);
  const hangul = count(/[\uac00-\ud7af]/g);
  const han = count(/[\u4e00-\u9fff]/g);
  const cyrillic = count(/[\u0400-\u04ff]/g);
  const latin = count(/[A-Za-z]/g);
  const scripts: [string, number][] = [
    ['ja', kana * 3],
    ['ko', hangul * 2],
    ['zh', han * 2 - kana],
    ['ru', cyrillic],
  ];
  const [script, weight] = scripts.sort((a, b) => b[1] - a[1])[0]!;
  // Scripts with large characters: a tenth of the Latin letters is already much text.
  if (weight > latin / 10 && weight > 20) return script;
  const lower = sample.toLowerCase();
  let best = 'en';
  let bestCount = 0;
  for (const [lang, re] of STOPWORDS) {
    const n = lower.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

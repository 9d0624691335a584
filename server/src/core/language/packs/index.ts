// Every language the linter reads. Adding one: its pack file, one line here, its tests
// (test/unit/language/), and its durations in ../duration-words.ts.

import type { LanguagePack } from '../pack';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { pt } from './pt';
import { zh } from './zh';
import { ja } from './ja';
import { ko } from './ko';
import { ru } from './ru';
import { pl } from './pl';
import { tr } from './tr';
import { uk } from './uk';
import { cs } from './cs';
import { sv } from './sv';

export const PACKS: readonly LanguagePack[] = [en, de, fr, es, pt, zh, ja, ko, ru, pl, tr, uk, cs, sv];

/** BCP 47 tags of the languages the linter reads. */
export const SUPPORTED_LANGUAGES: readonly string[] = PACKS.map((p) => p.tag);

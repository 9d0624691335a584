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
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { tr } from './tr';
import { uk } from './uk';
import { cs } from './cs';
import { sv } from './sv';
import { id } from './id';
import { vi } from './vi';
import { ar } from './ar';
import { fa } from './fa';
import { hi } from './hi';
import { th } from './th';

export const PACKS: readonly LanguagePack[] = [en, de, fr, es, pt, zh, ja, ko, ru, it, nl, pl, tr, uk, cs, sv, id, vi, ar, fa, hi, th];

/** BCP 47 tags of the languages the linter reads. */
export const SUPPORTED_LANGUAGES: readonly string[] = PACKS.map((p) => p.tag);

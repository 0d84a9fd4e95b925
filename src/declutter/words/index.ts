// The word lists of every language we ship, keyed by primary language subtag.
// Adding a language: add <lang>.ts beside this file and list it here; tests/unit/words.test.ts checks it.
import type { LanguageWords } from './types';
import ar from './ar';
import cs from './cs';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import id from './id';
import it from './it';
import ja from './ja';
import ko from './ko';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ru from './ru';
import sv from './sv';
import tr from './tr';
import zh from './zh';

export type { LanguageWords } from './types';

export const WORDS: Readonly<Record<string, LanguageWords>> = {
  ar, cs, de, en, es, fr, id, it, ja, ko, nl, pl, pt, ru, sv, tr, zh,
};

export type WordList = keyof LanguageWords;

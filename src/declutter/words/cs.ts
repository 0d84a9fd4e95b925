// Czech clutter words. Data, not code: normalized, sorted, no duplicates (tests/unit/words.test.ts).
import type { LanguageWords } from './types';

const words: LanguageWords = {
  adLabels: [
    "inzerce",
    "komerční sdělení",
    "pr článek",
    "reklama",
    "sponzorovaný obsah",
    "sponzorováno",
  ],
  readAlsoPrefixes: [
    "mohlo by vás zajímat",
    "podívejte se",
    "přečtěte si",
    "přečtěte si také",
    "související",
    "více",
    "čtěte také",
    "čtěte též",
    "čtěte více",
  ],
  relatedHeadings: [
    "další články",
    "doporučujeme",
    "k tématu",
    "mohlo by vás zajímat",
    "související",
    "související články",
    "více k tématu",
    "čtěte také",
  ],
  popularHeadings: [
    "nejnovější",
    "nejčtenější",
    "nejčtenější články",
    "populární",
    "právě se čte",
  ],
  shareLabels: [
    "diskuse",
    "e-mail",
    "facebook",
    "kopírovat odkaz",
    "poslat e-mailem",
    "sdílet",
    "sdílet na facebooku",
    "sdílet na twitteru",
    "sdílet na x",
    "tisk",
    "twitter",
    "uložit",
    "vytisknout",
    "whatsapp",
  ],
  newsletterPhrases: [
    "newsletter",
    "odebírat",
    "přihlaste se k odběru",
    "přihlásit k odběru",
    "váš e-mail",
    "zaregistrujte se",
  ],
  counterWords: [
    "komentář",
    "komentáře",
    "komentářů",
    "příspěvků",
    "sdílení",
    "zobrazení",
  ],
  timestampPrefixes: [
    "aktualizováno",
    "publikováno",
  ],
  creditPrefixes: [
    "foto",
    "snímek",
  ],
  uiLabels: [
    "nahoru",
    "načítání",
    "přejít na obsah",
    "přihlásit se",
    "zavřít",
    "zvětšit",
  ],
  bylinePrefixes: [
    "autor",
  ],
  authorHeadings: [
    "o autorovi",
  ],
  copyrightPhrases: [
    "všechna práva vyhrazena",
  ],
  cookiePhrases: [
    "používáme cookies",
    "tento web používá cookies",
    "tento web používá soubory cookie",
  ],
  tagPrefixes: [
    "klíčová slova",
    "tagy",
    "štítky",
  ],
  followPhrases: [
    "dejte nám like na facebooku",
    "sledujte nás",
  ],
  commentLabels: [
    "diskuse",
    "komentáře",
    "napište komentář",
    "přidat komentář",
  ],
  commentNotices: [
    "diskuse je uzavřena",
    "komentáře jsou moderovány",
    "našli jste chybu",
    "pro přidání komentáře se musíte přihlásit",
  ],
  issueOffers: [
    "vydání za",
    "čísel za",
  ],
};

export default words;

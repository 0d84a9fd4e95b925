// Swedish clutter words. Data, not code: normalized, sorted, no duplicates (tests/unit/words.test.ts).
import type { LanguageWords } from './types';

const words: LanguageWords = {
  adLabels: [
    "annons",
    "annonssamarbete",
    "betalt innehåll",
    "i samarbete med",
    "reklam",
    "sponsrat",
    "sponsrat innehåll",
  ],
  readAlsoPrefixes: [
    "läs mer",
    "läs också",
    "läs även",
    "mer om",
    "missa inte",
    "relaterat",
    "se också",
    "se även",
  ],
  relatedHeadings: [
    "du kanske också gillar",
    "fler nyheter",
    "läs också",
    "läs även",
    "mer från",
    "mer om ämnet",
    "rekommenderat",
    "relaterade artiklar",
    "relaterat",
  ],
  popularHeadings: [
    "mest delade",
    "mest läst",
    "mest lästa",
    "mest sedda",
    "populärt",
    "senaste nytt",
  ],
  shareLabels: [
    "dela",
    "dela artikeln",
    "dela på facebook",
    "dela på twitter",
    "dela på x",
    "dela via e-post",
    "e-post",
    "facebook",
    "kommentera",
    "kopiera länk",
    "linkedin",
    "länk kopierad",
    "skriv ut",
    "spara",
    "twitter",
    "whatsapp",
  ],
  newsletterPhrases: [
    "anmäl dig",
    "din e-postadress",
    "nyhetsbrev",
    "prenumerera",
    "prenumerera på nyhetsbrevet",
    "registrera dig",
  ],
  counterWords: [
    "delningar",
    "gillningar",
    "kommentar",
    "kommentarer",
    "visningar",
  ],
  timestampPrefixes: [
    "publicerad",
    "senast uppdaterad",
    "uppdaterad",
  ],
  creditPrefixes: [
    "bild",
    "foto",
  ],
  uiLabels: [
    "förstora bilden",
    "hoppa till innehållet",
    "laddar",
    "logga in",
    "stäng",
    "till toppen",
  ],
  bylinePrefixes: [
    "av",
  ],
  authorHeadings: [
    "om författaren",
    "om skribenten",
  ],
  copyrightPhrases: [
    "alla rättigheter förbehållna",
  ],
  cookiePhrases: [
    "denna webbplats använder cookies",
    "vi använder cookies",
  ],
  tagPrefixes: [
    "nyckelord",
    "taggar",
    "ämnen",
  ],
  followPhrases: [
    "följ oss",
    "gilla oss på facebook",
  ],
  commentLabels: [
    "kommentarer",
    "kommentera",
    "lämna en kommentar",
    "skriv en kommentar",
  ],
  commentNotices: [
    "du måste vara inloggad för att",
    "hittade du ett fel",
    "kommentarerna modereras",
    "kommentarsfältet är stängt",
  ],
  issueOffers: [
    "nummer för",
  ],
};

export default words;

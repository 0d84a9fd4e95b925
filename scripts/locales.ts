// What each locale still lacks, against English (the default locale): `npx tsx scripts/locales.ts [locale…]`.
// For each locale, the keys it is missing (with English's text, ready to translate), keys whose placeholders differ,
// strings left in English without a reason in scripts/locale-catalogs.ts, keys English no longer has, and a store
// listing name or description longer than Chrome accepts.
// Exits 1 when anything is listed, so it can gate a commit; tests/unit/locales.test.ts checks the same.
// `--json` prints only the missing messages, as {locale: {key: English text}}, a skeleton to translate.
import { DEFAULT_LOCALE, loadCatalog, localeFolders, problemsOf } from './locale-catalogs';

const english = loadCatalog(DEFAULT_LOCALE);
const json = process.argv.includes('--json');
const asked = process.argv.slice(2).filter((a) => a !== '--json');
const locales = (asked.length ? asked : localeFolders()).filter((l) => l !== DEFAULT_LOCALE);
let total = 0;

if (json) {
  const skeleton: Record<string, Record<string, string>> = {};
  for (const locale of locales) {
    const missing = problemsOf(locale, english).missing;
    if (missing.length) skeleton[locale] = Object.fromEntries(missing.map((key) => [key, english[key]!.message]));
    total += missing.length;
  }
  console.log(JSON.stringify(skeleton, null, 2));
  if (total) process.exitCode = 1;
  process.exit();
}

for (const locale of locales) {
  const problems = problemsOf(locale, english);
  const lines: string[] = [];
  for (const key of problems.missing) lines.push(`  missing       ${key}: ${JSON.stringify(english[key]!.message)}`);
  for (const key of problems.placeholders) lines.push(`  placeholders  ${key}: English has ${JSON.stringify(english[key]!.message)}`);
  for (const key of problems.untranslated) lines.push(`  in English    ${key}: translate it, or give the reason in scripts/locale-catalogs.ts`);
  for (const key of problems.stale) lines.push(`  stale         ${key}: English no longer has it`);
  for (const key of problems.tooLong) lines.push(`  too long      ${key}: longer than the store accepts`);
  total += lines.length;
  console.log(lines.length ? `${locale}: ${problems.missing.length} missing\n${lines.join('\n')}` : `${locale}: complete`);
}
if (total) process.exitCode = 1;

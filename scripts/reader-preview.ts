// Renders the reader overlay in headless Chromium and saves screenshots, to look at the reader while working on
// it (not a test: the end-to-end tests in tests/e2e/ load the real extension). Bundles src/content/reader with
// esbuild, opens a cluttered page with hostile CSS, and opens the reader on a sample article in a few states.
//   npx tsx scripts/reader-preview.ts [out-dir]      (Chromium from $CHROMIUM or /usr/bin/chromium)
//   BROWSER=firefox npx tsx scripts/reader-preview.ts [out-dir]      (Firefox from $FIREFOX or /usr/bin/firefox-esr)
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.argv[2] ?? join(ROOT, 'reader-preview');
const FIREFOX = process.env.BROWSER === 'firefox';
const EXECUTABLE = FIREFOX ? (process.env.FIREFOX ?? '/usr/bin/firefox-esr') : (process.env.CHROMIUM ?? '/usr/bin/chromium');

/** The preview's entry: openReader plus the English messages, as `window.preview(state)`. */
const ENTRY = `
import { openReader } from './src/content/reader/index';
const messages = ${readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')};
function t(key, subs = []) {
  const m = messages[key];
  if (!m) return '[' + key + ']';
  return m.message.replace(/\\$([a-zA-Z0-9_]+)\\$/g, (_, n) => m.placeholders?.[n.toLowerCase()]?.content ?? '')
    .replace(/\\$(\\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
}
// The reader's shadow root is closed: keep a reference to it here, in the preview only, to click through states.
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); window.__ndRoot = r; return r; };
window.ndClick = (selector) => window.__ndRoot.querySelector(selector).click();
window.preview = (content, prefs, withSitePanel) => openReader(document, content, {
  prefs, t, uiLocale: 'en',
  callbacks: { onClose() {}, onPrefsChange() {}, onShowAnyway() {} },
  renderSitePanel: withSitePanel ? (c) => { c.append(document.createTextNode('(settings code fills this)')); } : undefined,
});
`;

/** A soft landscape drawn in SVG, rendered to a PNG data: URL (the reader keeps raster data: images only). */
function picture(hue: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,78%)"/><stop offset="1" stop-color="hsl(${hue + 20},40%,92%)"/></linearGradient></defs>
    <rect width="1200" height="675" fill="url(#s)"/><circle cx="880" cy="190" r="70" fill="hsl(${hue + 30},70%,88%)"/>
    <path d="M0 470 L230 330 L420 450 L640 280 L900 460 L1200 340 V675 H0Z" fill="hsl(${hue},25%,45%)"/>
    <path d="M0 560 L300 470 L560 560 L860 490 L1200 570 V675 H0Z" fill="hsl(${hue},30%,30%)"/></svg>`;
  return 'data:image/png;base64,' + Buffer.from(new Resvg(svg).render().asPng()).toString('base64');
}

const FR_BODY = [
  '<p>Après trois heures de débat, le conseil municipal a adopté mardi soir le budget de l’année, en hausse de 4 % par rapport à l’an dernier.<span data-nd-removed="1"></span> La majorité a défendu un texte « de transition », l’opposition un budget « sans cap ».</p>',
  '<span data-nd-removed="0"></span>',
  '<p>Le premier poste de dépenses reste l’entretien des écoles, suivi des transports et de la voirie. Les tarifs de la cantine n’augmenteront pas, a promis l’adjointe aux finances.</p>',
  '<figure><img src="__IMG1__" alt="Le parvis de l’hôtel de ville" width="1200" height="675"><figcaption>Le parvis de l’hôtel de ville, mardi. Photo : Rédaction</figcaption></figure>',
  '<h2>Ce qui change pour les habitants</h2>',
  '<ul><li>Deux nouvelles lignes de bus à partir de septembre ;</li><li>la rénovation de la piscine du quartier nord ;</li><li>un budget participatif porté à 1,2 million d’euros.</li></ul>',
  '<blockquote><p>Nous avons fait le choix de ne pas augmenter les impôts locaux, malgré l’inflation.</p></blockquote>',
  '<p>Les élus de l’opposition ont voté contre, estimant que la dette de la ville augmentait trop vite.</p>',
  '<table><caption>Principaux postes (millions d’euros)</caption><thead><tr><th>Poste</th><th>2025</th><th>2026</th></tr></thead><tbody><tr><td>Écoles</td><td>41,2</td><td>43,8</td></tr><tr><td>Transports</td><td>28,0</td><td>31,5</td></tr><tr><td>Voirie</td><td>17,4</td><td>16,9</td></tr></tbody></table>',
  '<p>Le budget doit encore être transmis à la préfecture, qui dispose de deux mois pour le contrôler.</p>',
].join('');

const FR_ARTICLE = {
  title: 'Le conseil municipal adopte un budget en hausse de 4 %',
  byline: 'Par Jeanne Martin', siteName: 'Le Quotidien du Val', lang: 'fr', dir: 'ltr',
  publishedTime: '2026-03-14T08:00:00Z', excerpt: '', readingMinutes: 4, contentHtml: FR_BODY, text: '',
  related: [
    { title: 'Impôts locaux : ce qui vous attend cette année', url: 'https://www.quotidien.example/impots' },
    { title: 'Transports : les deux nouvelles lignes de bus détaillées', url: 'https://www.quotidien.example/bus' },
    { title: 'Analyse : la dette des villes moyennes', url: 'https://autre-journal.example/dette' },
  ],
  removed: [
    { kind: 'ad-label', step: 'ad-label', reason: 'A lone advertising label between paragraphs.', text: 'Publicité', html: '<p>Publicité</p>', marker: 0 },
    { kind: 'counter', step: 'counter', reason: 'A lone number next to the headline (comment or share count).', text: '4', html: '', marker: 1 },
    { kind: 'related-link', step: 'related-link', reason: 'A read-also teaser inside the article.', text: 'Lire aussi | Impôts locaux : ce qui vous attend', html: '<p>Lire aussi | <a href="https://www.quotidien.example/impots">Impôts locaux : ce qui vous attend</a></p>', marker: -1 },
    { kind: 'newsletter', step: 'newsletter', reason: 'A newsletter sign-up box.', text: 'Recevez chaque matin l’essentiel de l’actualité locale.', html: '<aside><p>Recevez chaque matin l’essentiel de l’actualité locale.</p></aside>', marker: -1 },
  ],
};

const AR_ARTICLE = {
  title: 'المجلس البلدي يعتمد ميزانية العام الجديد',
  byline: 'بقلم سارة العلي', siteName: 'صحيفة المدينة', lang: 'ar', dir: 'rtl',
  publishedTime: '2026-03-14T08:00:00Z', excerpt: '', readingMinutes: 3, text: '',
  contentHtml: '<p>بعد نقاش استمر ثلاث ساعات، اعتمد المجلس البلدي مساء الثلاثاء ميزانية العام بزيادة قدرها أربعة في المئة.</p><h2>ما الذي سيتغير للسكان</h2><ul><li>خطان جديدان للحافلات ابتداءً من سبتمبر؛</li><li>تجديد المسبح في الحي الشمالي.</li></ul><blockquote><p>اخترنا ألا نرفع الضرائب المحلية رغم التضخم.</p></blockquote><p>صوّت أعضاء المعارضة ضد الميزانية.</p>',
  related: [{ title: 'تحليل: ديون المدن المتوسطة', url: 'https://news.example/ar/debt' }],
  removed: [],
};

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Page</title><style>
  html > * { filter: blur(2px) !important; font-size: 40px !important; }
  div { display: none !important; color: red !important; }
  body { margin: 0; font-family: Impact, sans-serif; background: repeating-linear-gradient(45deg,#fdd,#fdd 10px,#dfd 10px,#dfd 20px); }
</style></head><body><h1>CLUTTERED PAGE</h1><p>Publicité</p><p>0 4</p><p>${'Lorem ipsum '.repeat(400)}</p></body></html>`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'iife', write: false,
    target: 'es2022', logLevel: 'error',
    // The reader's stylesheet is imported as `?inline` text (src/shared/reader-style.ts); the build minifies it,
    // a preview takes it as it is.
    plugins: [{
      name: 'css-inline-text',
      setup(b) {
        b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'css-text' }));
        b.onLoad({ filter: /.*/, namespace: 'css-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
      },
    }],
  });
  const script = bundle.outputFiles[0]!.text;
  const profile = mkdtempSync(join(tmpdir(), 'nd-preview-'));
  // Both browsers write into $HOME and temp folders (../shared/BROWSER-TESTS.md): keep them in the profile dir.
  const env = { ...process.env, HOME: profile, TMPDIR: profile };
  const browser = FIREFOX
    ? await puppeteer.launch({ browser: 'firefox', executablePath: EXECUTABLE, headless: true, userDataDir: profile, env })
    : await puppeteer.launch({
      executablePath: EXECUTABLE, headless: true, pipe: true, userDataDir: profile, env,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
    });
  const fr = { ...FR_ARTICLE, contentHtml: FR_BODY.replace('__IMG1__', picture(200)) };
  const base = { theme: 'light', font: 'serif', size: 19, width: 68, lineHeight: 1.6 };
  const shots: Array<{ name: string; width: number; height: number; content: unknown; prefs: object; after?: string; site?: boolean }> = [
    { name: 'light', width: 1280, height: 900, content: { kind: 'article', article: fr }, prefs: base, site: true },
    { name: 'light-scrolled', width: 1280, height: 900, content: { kind: 'article', article: fr }, prefs: base, after: 'scroll' },
    { name: 'dark-settings', width: 1280, height: 900, content: { kind: 'article', article: fr }, prefs: { ...base, theme: 'dark' }, after: 'settings' },
    { name: 'sepia-drawer', width: 1280, height: 900, content: { kind: 'article', article: fr }, prefs: { ...base, theme: 'sepia', font: 'sans' }, after: 'drawer' },
    { name: 'system-dark', width: 1024, height: 700, content: { kind: 'article', article: fr }, prefs: { ...base, theme: 'system' }, after: 'dark-scheme' },
    { name: 'keyboard-focus', width: 1024, height: 500, content: { kind: 'article', article: fr }, prefs: base, after: 'shift-tab' },
    ...(FIREFOX ? [] : [{ name: 'forced-colors', width: 1024, height: 700, content: { kind: 'article', article: fr }, prefs: base, after: 'forced' }]),
    { name: 'rtl', width: 1024, height: 760, content: { kind: 'article', article: AR_ARTICLE }, prefs: base },
    { name: 'mobile', width: 390, height: 820, content: { kind: 'article', article: fr }, prefs: base },
    { name: 'no-article', width: 1024, height: 640, content: { kind: 'no-article' }, prefs: base },
    // Firefox over WebDriver BiDi cannot emulate print media.
    ...(FIREFOX ? [] : [{ name: 'print', width: 900, height: 1200, content: { kind: 'article', article: fr }, prefs: { ...base, theme: 'dark' }, after: 'print' }]),
  ];
  try {
    for (const s of shots) {
      const page = await browser.newPage();
      await page.setViewport({ width: s.width, height: s.height });
      if (s.after === 'dark-scheme') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      if (s.after === 'forced') {
        // puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      }
      await page.setContent(PAGE);
      await page.addScriptTag({ content: script });
      await page.evaluate((c, p, site) => { (window as unknown as { preview: Function }).preview(c, p, site); }, s.content, s.prefs, !!s.site);
      if (s.after === 'scroll') { for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown'); }
      if (s.after === 'settings') await page.evaluate(() => (window as any).ndClick('[aria-controls="nd-settings"]'));
      if (s.after === 'shift-tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      }
      if (s.after === 'print') {
        // The print dialog cannot show headless: stub it, press Print, then render as print media.
        await page.evaluate(() => { window.print = () => {}; (window as any).ndClick('.nd-toolbar button:nth-last-of-type(2)'); });
        await page.emulateMediaType('print');
      }
      if (s.after === 'drawer') {
        await page.evaluate(() => { (window as any).ndClick('[aria-controls="nd-removed"]'); (window as any).ndClick('.nd-receipt button'); });
      }
      await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
      const prefix = FIREFOX ? 'firefox-' : '';
      await page.screenshot({ path: join(OUT, `${prefix}${s.name}.png`) as `${string}.png`, fullPage: s.after === 'print' });
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`screenshots in ${OUT}`);
}

await main();

// npx tsx bench/lighthouse.ts [--url http://localhost:3000]
//
// Lighthouse (npm package) with Debian's Chromium on the home, episode, character and
// search pages of a running `npm start`; prints the four category scores per page.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:3000' } } });
const base = values.url.replace(/\/$/, '');
const pages = [
  { name: 'Startseite', path: '/' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny' },
  { name: 'Figur', path: '/figuren/carrie-bradshaw' },
  { name: 'Suche', path: '/suche?q=Hochzeit' },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  console.log(`${'Seite'.padEnd(12)}${categories.map((c) => c.padStart(16)).join('')}`);
  for (const page of pages) {
    const result = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse lieferte kein Ergebnis für ${page.path}`);
    const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    console.log(`${page.name.padEnd(12)}${scores.map((score) => String(score).padStart(16)).join('')}`);
    const [performance, ...rest] = scores;
    if ((performance ?? 0) < 95 || rest.some((score) => score < 100)) {
      failed = true;
      for (const category of categories) {
        const audits = lhr.categories[category]?.auditRefs ?? [];
        for (const ref of audits) {
          const audit = lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) console.log(`    ${category}: ${audit.id} – ${audit.title}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
}
console.log(failed ? '\nZiel (Leistung ≥ 95, sonst 100) nicht überall erreicht.' : '\nZiel erreicht: Leistung ≥ 95, Barrierefreiheit, Best Practices und SEO 100.');

// npx tsx bench/lighthouse.ts [--url http://localhost:8080] [--runs 5]
//
// Lighthouse (npm package) with Debian's Chromium on the home, season, episode and character
// pages, by default through the front (`npm start` and `npm run front` running; --url
// http://localhost:3000 measures the app without it); prints the four category scores per
// page and every audit that cost points. Goal: 100 in all four.
// Performance scores vary by several points between runs on a small machine, so each
// page is measured `--runs` times and the median counts, as Lighthouse's own guide on
// variability recommends; the range is printed beside it.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { percentile, recordResults } from './lib/results';

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://localhost:8080' }, runs: { type: 'string', default: '5' } },
});
const base = values.url.replace(/\/$/, '');
const runs = Math.max(1, Number(values.runs));
const pages = [
  { name: 'Startseite', path: '/' },
  { name: 'Staffel', path: '/staffel/4' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny' },
  { name: 'Figur', path: '/figuren/carrie-bradshaw' },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
const rows: [string, string][] = [];
try {
  console.log(`${'Seite'.padEnd(12)}${categories.map((c) => c.padStart(16)).join('')}   (Median aus ${runs} Läufen, Spanne)`);
  for (const page of pages) {
    const samples: number[][] = categories.map(() => []);
    const missed = new Set<string>();
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse lieferte kein Ergebnis für ${page.path}`);
      categories.forEach((category, index) => {
        samples[index]?.push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) missed.add(`${category}: ${audit.id} – ${audit.title}`);
        }
      });
    }
    const medians = samples.map((scores) => percentile(scores, 50));
    const ranges = samples.map((scores) => `${Math.min(...scores)}–${Math.max(...scores)}`);
    console.log(`${page.name.padEnd(12)}${medians.map((score) => String(score).padStart(16)).join('')}   ${ranges.join(' / ')}`);
    rows.push([page.name, `${medians.join(' / ')} (Spannen ${ranges.join(', ')})`]);
    if (medians.some((score) => score < 100)) failed = true;
    // Every audit that cost points in any run, also where the median still reached 100.
    for (const line of missed) console.log(`    ${line}`);
    rows.push([`${page.name}: verlorene Prüfungen`, missed.size ? [...missed].join('; ') : 'keine']);
  }
} finally {
  await chrome.kill();
}
await recordResults('lighthouse', [['Kategorien', categories.join(' / ')], ['Adresse', base], ...rows]);
console.log(failed ? '\nZiel (überall 100) nicht erreicht.' : '\nZiel erreicht: Leistung, Barrierefreiheit, Best Practices und SEO 100.');

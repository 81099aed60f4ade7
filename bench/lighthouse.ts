// npx tsx bench/lighthouse.ts [--url http://localhost:3000] [--runs 5]
//
// Lighthouse (npm package) with Debian's Chromium on the home, episode, character and
// search pages of a running `npm start`; prints the four category scores per page.
// Performance scores vary by several points between runs on a small machine, so each
// page is measured `--runs` times and the median counts, as Lighthouse's own guide on
// variability recommends; the range is printed beside it.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { percentile, recordResults } from './lib/results';

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://localhost:3000' }, runs: { type: 'string', default: '5' } },
});
const base = values.url.replace(/\/$/, '');
const runs = Math.max(1, Number(values.runs));
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
    const [performance, ...rest] = medians;
    if ((performance ?? 0) < 95 || rest.some((score) => score < 100)) {
      failed = true;
      for (const line of missed) console.log(`    ${line}`);
    }
  }
} finally {
  await chrome.kill();
}
await recordResults('lighthouse', [['Kategorien', categories.join(' / ')], ...rows]);
console.log(failed ? '\nZiel (Leistung ≥ 95, sonst 100) nicht überall erreicht.' : '\nZiel erreicht: Leistung ≥ 95, Barrierefreiheit, Best Practices und SEO 100.');

// npx tsx bench/lighthouse.ts [--url http://localhost:8080] [--runs 5] [--form-factor both|mobile|desktop]
//
// Lighthouse (npm package) with Debian's Chromium on the home, season, episode and character
// pages, by default through the front (`npm start` and `npm run front` running; --url
// http://localhost:3000 measures the app without it); prints the four category scores per
// page and every audit that cost points. Goal: 100 in all four. Both of Lighthouse's form
// factors: its default (a phone: 4 × slower CPU, slow 4G) and its desktop preset (no CPU
// slowdown, a fast line), so neither hides what the other shows.
// Performance scores vary by several points between runs on a small machine, so each
// page is measured `--runs` times and the median counts, as Lighthouse's own guide on
// variability recommends; the range is printed beside it.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { percentile, recordResults } from './lib/results';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:8080' },
    runs: { type: 'string', default: '5' },
    'form-factor': { type: 'string', default: 'both' },
  },
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
const formFactors: { name: string; label: string; config: Config | undefined }[] = [
  { name: 'mobile', label: 'Mobil', config: undefined },
  { name: 'desktop', label: 'Desktop', config: desktopConfig },
].filter(({ name }) => values['form-factor'] === 'both' || values['form-factor'] === name);
if (formFactors.length === 0) throw new Error(`--form-factor: both, mobile oder desktop, nicht ${values['form-factor']}`);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failed = new Set<string>();
const rows: [string, string][] = [];
try {
  for (const formFactor of formFactors) {
    console.log(`\n${formFactor.label.padEnd(12)}${categories.map((c) => c.padStart(16)).join('')}   (Median aus ${runs} Läufen, Spanne)`);
    for (const page of pages) {
      const samples: number[][] = categories.map(() => []);
      // Each audit that cost points in any run, with what it measured in each.
      const missed = new Map<string, string[]>();
      for (let run = 0; run < runs; run++) {
        const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...categories] };
        const lhr = (await lighthouse(`${base}${page.path}`, flags, formFactor.config))?.lhr;
        if (!lhr) throw new Error(`Lighthouse lieferte kein Ergebnis für ${page.path}`);
        categories.forEach((category, index) => {
          samples[index]?.push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
            const key = `${category}: ${audit.id} – ${audit.title}`;
            missed.set(key, [...(missed.get(key) ?? []), audit.displayValue ?? String(audit.score)]);
          }
        });
      }
      const medians = samples.map((scores) => percentile(scores, 50));
      const ranges = samples.map((scores) => `${Math.min(...scores)}–${Math.max(...scores)}`);
      console.log(`${page.name.padEnd(12)}${medians.map((score) => String(score).padStart(16)).join('')}   ${ranges.join(' / ')}`);
      // The phone keeps the rows' old names, so its figures stand beside the runs before desktop was measured.
      const name = formFactor.config ? `${page.name} (${formFactor.label})` : page.name;
      rows.push([name, `${medians.join(' / ')} (Spannen ${ranges.join(', ')})`]);
      if (medians.some((score) => score < 100)) failed.add(formFactor.label);
      const lost = [...missed].map(([audit, measured]) => `${audit} (${measured.join(', ')})`);
      for (const line of lost) console.log(`    ${line}`);
      rows.push([`${name}: verlorene Prüfungen`, lost.length ? lost.join('; ') : 'keine']);
    }
  }
} finally {
  await chrome.kill();
}
await recordResults('lighthouse', [['Kategorien', categories.join(' / ')], ['Adresse', base], ['Geräte', formFactors.map(({ label }) => label).join(', ')], ...rows]);
console.log(
  failed.size
    ? `\nZiel (überall 100) nicht erreicht: ${[...failed].join(', ')}.`
    : `\nZiel erreicht (${formFactors.map(({ label }) => label).join(', ')}): Leistung, Barrierefreiheit, Best Practices und SEO 100.`,
);

import { appendFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const resultsFile = path.resolve('bench/RESULTS.md');

type Section = { heading: string; values: Map<string, string> };

/** The sections of RESULTS.md for one bench, oldest first, each with its table as name → value. */
export function sectionsOf(markdown: string, bench: string): Section[] {
  return markdown
    .split(/^## /m)
    .filter((section) => section.startsWith(`${bench} `))
    .map((section) => {
      const [heading = '', ...lines] = section.split('\n');
      const values = new Map<string, string>();
      for (const line of lines) {
        const cells = line.split(' | ');
        if (!line.startsWith('| ') || cells.length < 2 || line.startsWith('| Messgröße') || line.startsWith('| ---')) continue;
        values.set((cells[0] ?? '').slice(2), (cells[1] ?? '').replace(/ \|$/, ''));
      }
      return { heading: heading.trim(), values };
    });
}

/**
 * Appends a dated section with a table to bench/RESULTS.md. Each figure stands beside the
 * same figure of the previous run of this bench, which is also printed for comparison.
 */
export async function recordResults(bench: string, rows: [string, string][]): Promise<void> {
  const previous = await readFile(resultsFile, 'utf8').catch(() => '');
  const last = sectionsOf(previous, bench).at(-1);
  const machine = `${os.cpus().length} Kerne, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const lines = last
    ? [
        `| Messgröße | Wert | Vorheriger Lauf (${last.heading.replace(`${bench} — `, '').slice(0, 16).replace('T', ' ')}) |`,
        '| --- | --- | --- |',
        ...rows.map(([name, value]) => `| ${escape(name)} | ${escape(value)} | ${last.values.get(escape(name)) ?? '–'} |`),
      ]
    : ['| Messgröße | Wert |', '| --- | --- |', ...rows.map(([name, value]) => `| ${escape(name)} | ${escape(value)} |`)];
  if (last) {
    console.log(`\nVergleich mit dem vorherigen Lauf (${last.heading}):`);
    for (const [name, value] of rows) console.log(`  ${name}: ${value}  (vorher: ${last.values.get(escape(name)) ?? '–'})`);
  }
  const section = `\n## ${bench} — ${new Date().toISOString()} (${machine})\n\n${lines.join('\n')}\n`;
  await appendFile(resultsFile, previous ? section : `# Benchmark-Ergebnisse\n\nJeder Lauf hängt einen Abschnitt an; jede Zahl steht neben der desselben Benchmarks im vorherigen Lauf.\n${section}`);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

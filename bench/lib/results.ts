import { appendFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const resultsFile = path.resolve('bench/RESULTS.md');

/** Appends a dated section with a table to bench/RESULTS.md and prints the previous run of the same bench for comparison. */
export async function recordResults(bench: string, rows: [string, string][]): Promise<void> {
  const previous = await readFile(resultsFile, 'utf8').catch(() => '');
  const sections = previous.split(/^## /m).filter((section) => section.startsWith(`${bench} `));
  const last = sections.at(-1);
  if (last) console.log(`\nLetzter Lauf zum Vergleich:\n## ${last.trim()}\n`);
  const machine = `${os.cpus().length} Kerne, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const table = ['| Messgröße | Wert |', '| --- | --- |', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
  const section = `\n## ${bench} — ${new Date().toISOString()} (${machine})\n\n${table}\n`;
  await appendFile(resultsFile, previous ? section : `# Benchmark-Ergebnisse\n\nJeder Lauf hängt einen Abschnitt an; Vergleiche stehen in der Ausgabe der Skripte.\n${section}`);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

import type { ImportReport } from './import-recaps';

const labels: Record<keyof ImportReport['counts'], string> = {
  published: 'veröffentlicht',
  draft: 'als Entwurf einer Episode (Zuordnung prüfen)',
  inbox: 'in den Eingang (ohne Episode)',
  duplicate: 'übersprungen: doppelte Zeile',
  intro: 'übersprungen: Intro',
  unchanged: 'unverändert: schon importiert',
};

/** The import report as German text for the terminal. */
export function formatImportReport(report: ImportReport): string {
  const lines = [report.dryRun ? 'Probelauf – es wurde nichts gespeichert.' : 'Import abgeschlossen.'];
  const { episodes, characters, storylines } = report.catalog;
  if (episodes + characters + storylines > 0) {
    lines.push(`Verzeichnis: ${episodes} Episoden, ${characters} Figuren, ${storylines} Handlungsstränge angelegt.`);
  }
  for (const [kind, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    if (report.counts[kind] > 0) lines.push(`  ${String(report.counts[kind]).padStart(4)} ${label}`);
  }
  for (const outcome of report.outcomes) {
    if (outcome.kind === 'duplicate') lines.push(`  Zeile ${outcome.line}: gleicher Text wie Zeile ${outcome.of}`);
    else if (outcome.kind === 'intro') lines.push(`  Zeile ${outcome.line}: Intro, kein Recap`);
    else if (outcome.kind === 'inbox') lines.push(`  Zeile ${outcome.line}: Eingang${outcome.note ? ` – ${outcome.note}` : ''}`);
    else if (outcome.kind === 'draft') lines.push(`  Zeile ${outcome.line}: Entwurf ${outcome.code ?? ''} – ${outcome.note ?? ''}`);
  }
  return lines.join('\n');
}

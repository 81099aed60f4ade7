import { describe, expect, it } from 'vitest';
import { percentile, sectionsOf } from '@/bench/lib/results';

const markdown = `# Benchmark-Ergebnisse

## public-load — 2026-11-25T12:00:00.000Z (2 Kerne, 24 GiB, Node v20.20.2)

| Messgröße | Wert |
| --- | --- |
| Folge: Next | 600 req/s |
| Suche: Next | 180 req/s |

## autosave — 2026-11-26T12:00:00.000Z (2 Kerne, 24 GiB, Node v20.20.2)

| Messgröße | Wert |
| --- | --- |
| Folge: Next | nicht dieselbe Messung |

## public-load — 2026-11-27T12:00:00.000Z (2 Kerne, 24 GiB, Node v20.20.2)

| Messgröße | Wert | Vorheriger Lauf (2026-11-25 12:00) |
| --- | --- | --- |
| Folge: Next | 650 req/s | 600 req/s |
| Filter a \\| b | 3 | – |
`;

describe('bench results', () => {
  it('reads the figures of every run of one bench, the latest last, also from tables with a previous-run column', () => {
    const sections = sectionsOf(markdown, 'public-load');
    expect(sections.map((section) => section.heading.slice(0, 24))).toEqual(['public-load — 2026-11-25', 'public-load — 2026-11-27']);
    expect(sections[0]?.values.get('Suche: Next')).toBe('180 req/s');
    expect(sections[1]?.values.get('Folge: Next')).toBe('650 req/s');
    expect(sections[1]?.values.get('Filter a \\| b')).toBe('3');
    expect(sectionsOf(markdown, 'autosave')[0]?.values.get('Folge: Next')).toBe('nicht dieselbe Messung');
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect([percentile(values, 50), percentile(values, 95), percentile(values, 99)]).toEqual([50, 95, 99]);
  });
});

import { describe, expect, it } from 'vitest';
import { chaptersFromBody } from '@/lib/feeds/chapters';

const text = (value: string) => ({ type: 'text', text: value });
const stamp = (seconds: number) => ({ type: 'timestamp', attrs: { seconds } });

describe('chaptersFromBody', () => {
  it('reads timestamp nodes and marks, titled by their heading or paragraph, in time order', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [stamp(0), text('Begrüßung')] },
        { type: 'paragraph', content: [text('Wir fangen an.')] },
        { type: 'heading', attrs: { level: 2 }, content: [text('Die Hochzeit')] },
        { type: 'paragraph', content: [{ type: 'text', text: '12:05', marks: [{ type: 'timestamp', attrs: { seconds: 725 } }] }, text(' Trey und Charlotte')] },
        { type: 'paragraph', content: [stamp(1500), text(' – Miranda und der Kinderwagen')] },
        { type: 'paragraph', content: [stamp(300.7), text('Zwischendurch')] },
      ],
    };
    expect(chaptersFromBody(body, 'S03E12').chapters).toEqual([
      { startTime: 0, title: 'Begrüßung' },
      { startTime: 300, title: 'Zwischendurch' },
      { startTime: 725, title: 'Die Hochzeit' },
      { startTime: 1500, title: 'Miranda und der Kinderwagen' },
    ]);
  });

  it('gives an empty list for bodies without timestamps or with odd values', () => {
    expect(chaptersFromBody({ type: 'doc', content: [{ type: 'paragraph', content: [text('x')] }] }).chapters).toEqual([]);
    expect(chaptersFromBody({ type: 'doc', content: [{ type: 'timestamp', attrs: { seconds: -3 } }] }).chapters).toEqual([]);
    expect(chaptersFromBody(null).chapters).toEqual([]);
    expect(chaptersFromBody({ type: 'doc', content: [stamp(60)] }, 'T')).toEqual({ version: '1.2.0', title: 'T', chapters: [{ startTime: 60, title: 'Ab 1:00' }] });
  });
});

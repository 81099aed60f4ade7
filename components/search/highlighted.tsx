import type { Segment } from '@/lib/search/highlight';

/** Text with the search's matches in <mark>; segments are plain text, React escapes them. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}

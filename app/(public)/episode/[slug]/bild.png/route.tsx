import { ImageResponse } from 'next/og';
import { publicEpisodeForParams, publicEpisodeParams } from '@/lib/episodes/queries';
import { episodeCode } from '@/lib/text/slug';

import { shareImageSize } from '@/lib/seo/site';

export const revalidate = 60;

export const generateStaticParams = publicEpisodeParams;

/** The share image of an episode: code, title and the start of the recap on the archive's paper. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const episode = await publicEpisodeForParams(params);
  if (!episode) return new Response('Diese Folge ist nicht veröffentlicht.', { status: 404 });
  const code = episodeCode(episode.season.number, episode.number);
  const excerpt = episode.recap.excerpt.length > 170 ? `${episode.recap.excerpt.slice(0, 167)} …` : episode.recap.excerpt;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#faf6f1', color: '#1d1a18', padding: '64px 72px', borderTop: '18px solid #a8104a' }}>
        <div style={{ display: 'flex', fontSize: 34, fontStyle: 'italic', fontWeight: 700, color: '#a8104a' }}>Rewatch</div>
        <div style={{ display: 'flex', marginTop: 48, fontSize: 30, letterSpacing: 6, color: '#a8104a' }}>{code}</div>
        <div style={{ display: 'flex', marginTop: 12, fontSize: 76, fontWeight: 700, lineHeight: 1.05 }}>{episode.title}</div>
        <div style={{ display: 'flex', marginTop: 32, fontSize: 30, lineHeight: 1.4, color: '#564d47' }}>{excerpt}</div>
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: 24, color: '#564d47' }}>Sex and the City, Folge für Folge · Der Rewatch-Podcast</div>
      </div>
    ),
    shareImageSize,
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/studio/data-table';
import { StatusBadge, statusLabels } from '@/components/studio/status-badge';
import { allows } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/require';
import { listInbox, listStudioEpisodes, type StudioStatus } from '@/lib/recaps/studio-queries';
import { formatDateTime } from '@/lib/text/dates';
import { episodeCode } from '@/lib/text/slug';

export const metadata: Metadata = { title: 'Studio', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[]; status?: string | string[] }> };

const statuses = Object.keys(statusLabels) as StudioStatus[];

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function StudioPage({ searchParams }: Props) {
  const user = await requireUser('/studio');
  const params = await searchParams;
  const q = first(params.q)?.trim().slice(0, 100) || undefined;
  const statusParam = first(params.status);
  const status = statuses.find((candidate) => candidate === statusParam);
  // Hosts see every episode and publish; guests see the episodes they were invited to.
  const publishes = allows(user, 'recap.publish');
  const [episodes, inbox] = await Promise.all([
    listStudioEpisodes(user, { q, status }),
    allows(user, 'recap.assign') ? listInbox() : Promise.resolve([]),
  ]);
  const seasons = [...new Set(episodes.map((episode) => episode.season.number))];
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Studio</p>
        <h1>{publishes ? 'Alle Folgen' : 'Deine Folgen'}</h1>
        <p className="lede">
          {publishes
            ? 'Recaps schreiben, prüfen und veröffentlichen.'
            : 'Die Folgen, zu denen du eingeladen bist. Schreib deine Notizen und reiche sie zur Prüfung ein.'}
        </p>
      </header>

      <form className="filter-bar" role="search" aria-label="Folgen filtern">
        <div className="field">
          <label htmlFor="filter-q">Titel</label>
          <input id="filter-q" name="q" type="search" defaultValue={q} placeholder="z. B. Vogue" />
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={status ?? ''}>
            <option value="">alle</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {statusLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filtern
        </button>
      </form>

      {inbox.length > 0 ? (
        <section className="section" aria-labelledby="inbox-title">
          <h2 id="inbox-title" className="section__title">
            Eingang ({inbox.length})
          </h2>
          <ul className="plain-list inbox-list">
            {inbox.map((recap) => (
              <li key={recap.id}>
                <Link href={`/studio/eingang/${recap.id}`}>{recap.excerpt || 'Ohne Text'}</Link>
                {recap.importNote ? <span className="muted"> – {recap.importNote}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {episodes.length === 0 ? (
        <p className="muted">{q || status ? 'Keine Folge passt zu diesem Filter.' : 'Noch keine Folgen für dich.'}</p>
      ) : (
        seasons.map((season) => (
          <section key={season} className="section" aria-labelledby={`season-${season}`}>
            <h2 id={`season-${season}`} className="section__title">
              Staffel {season}
            </h2>
            <DataTable
              rows={episodes.filter((episode) => episode.season.number === season)}
              columns={[
                {
                  header: 'Folge',
                  cell: (episode) => (
                    <Link href={`/studio/folgen/${episode.id}`}>
                      {episodeCode(season, episode.number)} {episode.title}
                    </Link>
                  ),
                },
                { header: 'Status', cell: (episode) => <StatusBadge status={episode.studioStatus} /> },
                {
                  header: 'Zuletzt bearbeitet',
                  className: 'muted',
                  cell: (episode) =>
                    episode.recap ? `${formatDateTime(episode.recap.updatedAt)}${episode.recap.updatedBy ? ` · ${episode.recap.updatedBy.name}` : ''}` : '–',
                },
              ]}
            />
          </section>
        ))
      )}
    </>
  );
}

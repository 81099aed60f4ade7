import { SiteFeedLinks } from './feed-links';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <SiteFeedLinks />
      <p>
        Rewatch – der Podcast, in dem Chris und Nils <cite>Sex and the City</cite> noch einmal schauen, Folge für Folge.
      </p>
      <p className="muted">Alle Recaps geschrieben von Chris, Nils und ihren Gästen.</p>
    </footer>
  );
}

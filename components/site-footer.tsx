export function SiteFooter() {
  return (
    <footer className="site-footer container">
      <p>Artist Collective · a community for artists to share, discover and talk about art.</p>
    </footer>
  );
}

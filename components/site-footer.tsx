import { ThemeForm } from "@/components/theme-form";
import { requestTheme } from "@/lib/appearance/theme";
import { chooseTheme } from "@/app/(site)/settings/appearance/actions";

export async function SiteFooter() {
  return (
    <footer className="site-footer container">
      <p>Artist Collective · a community for artists to share, discover and talk about art.</p>
      <ThemeForm action={chooseTheme} current={await requestTheme()} compact />
    </footer>
  );
}

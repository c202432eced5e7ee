import { ThemeForm } from "@/components/theme-form";
import type { FormState } from "@/lib/actions/form-state";
import { requestTheme } from "@/lib/appearance/theme";

type ThemeAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** The theme action comes from the root layout: components do not reach into route folders. */
export async function SiteFooter({ chooseTheme }: { chooseTheme: ThemeAction }) {
  return (
    <footer className="site-footer container">
      <p>Artist Collective · a community for artists to share, discover and talk about art.</p>
      <ThemeForm action={chooseTheme} current={await requestTheme()} compact />
    </footer>
  );
}

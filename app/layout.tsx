import "@picocss/pico/css/pico.min.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { logOut } from "@/app/(auth)/logout/actions";
import { dismissAddressNotice } from "@/app/(auth)/verify-email/actions";
import { chooseTheme } from "@/app/(site)/settings/appearance/actions";
import { changeFavourite } from "@/app/(site)/art/[id]/favourite-actions";
import { EmailNotice } from "@/components/email-notice";
import { FavouriteActionProvider } from "@/components/favourite-action";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ServiceWorkerUpdates } from "@/components/pwa/service-worker-updates";
import { requestTheme } from "@/lib/appearance/theme";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { THEME_COLORS } from "@/lib/pwa/theme-colors";

export const metadata: Metadata = {
  // Open Graph images need absolute URLs.
  metadataBase: new URL(env.AUTH_URL ?? `http://localhost:${env.PORT}`),
  title: { default: "Artist Collective", template: "%s · Artist Collective" },
  description: "A home for artists: share your work, discover others, talk in real time.",
  // The manifest (app/manifest.ts) is linked by Next.js; iOS reads these instead.
  icons: {
    icon: [{ url: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }],
    apple: [{ url: "/icons/apple-touch-icon.png", sizes: "180x180", type: "image/png" }],
  },
  appleWebApp: { capable: true, title: "Artists", statusBarStyle: "default" },
};

/** The browser's own chrome follows the chosen theme, or the system's when none is chosen. */
export async function generateViewport(): Promise<Viewport> {
  const theme = await requestTheme();
  if (theme !== "system") return { colorScheme: theme, themeColor: THEME_COLORS[theme] };
  return {
    colorScheme: "light dark",
    themeColor: [
      { media: "(prefers-color-scheme: light)", color: THEME_COLORS.light },
      { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.dark },
    ],
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Pico reads data-theme; without it, it follows the system's preference.
  const theme = await requestTheme();
  const user = await getCurrentUser();
  const askForAddress = user?.needsEmailNotice ?? false;
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader logOut={logOut} />
        <main id="main" className="container">
          {askForAddress && <EmailNotice dismiss={dismissAddressNotice} />}
          <FavouriteActionProvider action={changeFavourite}>{children}</FavouriteActionProvider>
        </main>
        <SiteFooter chooseTheme={chooseTheme} />
        <ServiceWorkerUpdates />
      </body>
    </html>
  );
}

import type { MetadataRoute } from "next";
import { THEME_COLORS } from "@/lib/pwa/theme-colors";

/** What a phone needs to install the site as an app (Next.js serves it at /manifest.webmanifest). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Artist Collective",
    short_name: "Artists",
    description: "A home for artists: share your work, discover others, talk in real time.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    // The manifest cannot follow the theme cookie; the light theme is the default one.
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    categories: ["art", "social"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    screenshots: [
      {
        src: "/screenshots/artwork-narrow.webp",
        sizes: "1080x1920",
        type: "image/webp",
        form_factor: "narrow",
        label: "An artwork on a phone",
      },
      {
        src: "/screenshots/gallery-wide.webp",
        sizes: "1920x1080",
        type: "image/webp",
        form_factor: "wide",
        label: "The gallery on a desktop",
      },
    ],
  };
}

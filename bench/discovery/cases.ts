import { pageArtworkIds } from "@/lib/art/gallery-page";
import { artworkCards } from "@/lib/art/queries";
import type { DiscoverySeed } from "./seed";
import type { ListCase } from "./measure";

export async function discoveryCases(seed: DiscoverySeed, deepPage: number): Promise<ListCase[]> {
  void seed;
  void deepPage;
  return [
    {
      kind: "feed",
      label: "stub",
      load: async () => (await artworkCards(await pageArtworkIds({ sort: "new", offset: 0, limit: 12 }))).length,
    },
  ];
}

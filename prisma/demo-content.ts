/** The demo artworks and comments `npm run db:seed` creates, all through the real upload pipeline. */
export type DemoArtwork = {
  title: string;
  description: string;
  /** Normalised already, as the upload form would store them. */
  tags: string[];
  width: number;
  height: number;
  seed: number;
  format?: "png";
};

export const DEMO_ARTWORKS: Record<string, DemoArtwork[]> = {
  mira_paints: [
    {
      title: "Harbour at Dusk",
      description: "Gouache study of the old harbour.\nPainted on location, finished at home.",
      tags: ["gouache", "landscape", "plein-air", "harbour"],
      width: 2400,
      height: 1350,
      seed: 11,
    },
    {
      title: "Orchard in Bloom",
      description: "Spring colours, loose brushwork.",
      tags: ["gouache", "landscape", "spring"],
      width: 1800,
      height: 2400,
      seed: 12,
    },
    { title: "Quiet Lake", description: "", tags: ["landscape", "watercolour"], width: 2000, height: 2000, seed: 13 },
    {
      title: "Storm Front",
      description: "Trying wet-on-wet for the clouds.",
      tags: ["watercolour", "landscape", "clouds"],
      width: 3000,
      height: 1000,
      seed: 14,
    },
  ],
  "kenji-ink": [
    {
      title: "Night Market",
      description: "Ink and digital colour.",
      tags: ["ink", "digital", "city"],
      width: 2200,
      height: 1650,
      seed: 21,
    },
    {
      title: "Koi",
      description: "Brush pen warm-up.",
      tags: ["ink", "brush-pen", "水彩"],
      width: 1600,
      height: 1600,
      seed: 22,
      format: "png",
    },
    { title: "Rooftops", description: "", tags: ["ink", "city"], width: 2400, height: 1350, seed: 23 },
  ],
  ada_sketches: [
    {
      title: "Figure Study #12",
      description: "Ten-minute poses from Thursday's session.",
      tags: ["figure-drawing", "sketch"],
      width: 1500,
      height: 2000,
      seed: 31,
    },
    {
      title: "Café Corner",
      description: "Urban sketching with a fountain pen.",
      tags: ["urban-sketching", "sketch", "city", "ink"],
      width: 2000,
      height: 1500,
      seed: 32,
    },
    {
      title: "Fern Spiral",
      description: "Botanical line work.",
      tags: ["botanical", "line-art"],
      width: 1200,
      height: 1200,
      seed: 33,
      format: "png",
    },
  ],
};

export const DEMO_COMMENTS: { artwork: string; author: string; body: string }[] = [
  { artwork: "Harbour at Dusk", author: "kenji-ink", body: "The light on the water is lovely." },
  { artwork: "Harbour at Dusk", author: "ada_sketches", body: "Those warm reflections!\nWhat paper did you use?" },
  { artwork: "Harbour at Dusk", author: "mira_paints", body: "Thanks @kenji-ink and @ada_sketches! Arches hot press." },
  { artwork: "Night Market", author: "mira_paints", body: "So much atmosphere in this one." },
  { artwork: "Figure Study #12", author: "kenji-ink", body: "Great gesture in the third pose." },
];

/** Chat rooms with a short conversation each, oldest message first; a minute apart, ending at seeding time. */
export const DEMO_ROOMS: { name: string; description: string; createdBy: string; messages: { author: string; body: string }[] }[] = [
  {
    name: "Sketch Club",
    description: "Daily sketches, gesture drawing and friendly feedback.",
    createdBy: "ada_sketches",
    messages: [
      { author: "ada_sketches", body: "Morning! Today's prompt: hands. Ten minutes, no erasing." },
      { author: "kenji-ink", body: "Hands are my nemesis. I'm in." },
      { author: "mira_paints", body: "Posting mine after coffee ☕" },
      { author: "ada_sketches", body: "Tip: block the palm as a box first,\nthen hang the fingers off it." },
    ],
  },
  {
    name: "Watercolour Corner",
    description: "Paper, pigments and happy accidents.",
    createdBy: "mira_paints",
    messages: [
      { author: "mira_paints", body: "Has anyone tried granulating medium with ultramarine?" },
      { author: "kenji-ink", body: "Yes, it gives skies a lovely texture. Go light with it." },
    ],
  },
];

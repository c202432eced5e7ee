/**
 * The words the discovery benchmark writes titles, descriptions and tag
 * names from. Drawn Zipf-like (the first words most often), so a search for
 * a common word matches thousands of artworks and a rare one a handful; the
 * list holds words sharing a prefix (water, watercolour, waterfall) so a
 * prefix search matches several, and accented words (café, façade) so
 * accent folding has something to fold. No imports: the quick test reads it.
 */

/** In order of how often they are drawn. */
export const WORDS = [
  "light",
  "portrait",
  "study",
  "water",
  "blue",
  "night",
  "city",
  "forest",
  "sketch",
  "red",
  "morning",
  "girl",
  "river",
  "sky",
  "dream",
  "garden",
  "mountain",
  "old",
  "winter",
  "sea",
  "watercolour",
  "flowers",
  "cat",
  "house",
  "summer",
  "shadow",
  "golden",
  "quiet",
  "street",
  "moon",
  "landscape",
  "autumn",
  "bird",
  "window",
  "green",
  "storm",
  "fox",
  "rain",
  "dragon",
  "café",
  "waterfall",
  "ink",
  "oil",
  "spring",
  "sun",
  "field",
  "lake",
  "tree",
  "stone",
  "path",
  "castle",
  "harbour",
  "boat",
  "bridge",
  "dancer",
  "market",
  "train",
  "lantern",
  "mirror",
  "wolf",
  "owl",
  "deer",
  "horse",
  "whale",
  "koi",
  "crow",
  "rose",
  "lily",
  "fern",
  "moss",
  "charcoal",
  "pastel",
  "gouache",
  "acrylic",
  "digital",
  "pencil",
  "linocut",
  "etching",
  "collage",
  "mural",
  "façade",
  "crème",
  "naïve",
  "élan",
  "château",
  "fête",
  "rêverie",
  "déjà",
  "zürich",
  "são",
  "waterline",
  "watermelon",
  "starlight",
  "stardust",
  "starfish",
  "moonlight",
  "moonrise",
  "sunset",
  "sunrise",
  "sunflower",
  "abandoned",
  "ancient",
  "bright",
  "broken",
  "calm",
  "cold",
  "dark",
  "distant",
  "empty",
  "faded",
  "fallen",
  "frozen",
  "gentle",
  "hidden",
  "hollow",
  "lonely",
  "lost",
  "misty",
  "pale",
  "silent",
  "silver",
  "soft",
  "tall",
  "warm",
  "wild",
  "young",
  "copper",
  "crimson",
  "amber",
  "violet",
  "portrait-study",
  "figure",
  "hands",
  "eyes",
  "face",
  "self",
  "still",
  "life",
  "fruit",
  "bottle",
  "teapot",
  "chair",
  "table",
  "book",
  "letter",
  "clock",
  "key",
  "door",
  "stairs",
  "roof",
  "tower",
  "temple",
  "ruins",
  "village",
  "valley",
  "desert",
  "dune",
  "cliff",
  "shore",
  "wave",
  "island",
  "reef",
  "coral",
  "glacier",
  "volcano",
  "canyon",
  "meadow",
  "orchard",
  "vineyard",
  "hill",
];

/** Drawn rarely (a few dozen uses each in 100,000 artworks): what a rare-word search finds. */
export const RARE_WORDS = ["zephyr", "quokka", "obsidian", "marzipan", "axolotl", "pangolin", "tesseract", "nebulae"];

/** A Zipf-like picker over `size` ranks (weight 1/rank^exponent), drawing with `random`. */
export function zipfPicker(size: number, random: () => number, exponent = 1): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1) ** exponent;
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Writes titles and descriptions from the word list; one in 400 texts carries a rare word. */
export function textWriter(random: () => number): { title: () => string; description: () => string } {
  const pick = zipfPicker(WORDS.length, random, 0.9);
  const words = (count: number) => {
    const chosen = Array.from({ length: count }, () => WORDS[pick()]);
    if (random() < 1 / 400) chosen[Math.floor(random() * count)] = RARE_WORDS[Math.floor(random() * RARE_WORDS.length)];
    return chosen;
  };
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return {
    title: () => capitalised(words(2 + Math.floor(random() * 4)).join(" ")),
    description: () => (random() < 0.2 ? "" : `${capitalised(words(6 + Math.floor(random() * 15)).join(" "))}.`),
  };
}

/**
 * `count` distinct tag names in the app's normal form (lower case, letters,
 * digits and hyphens, 2–40 characters): the words first, so the most used
 * tags are plain words, then pairs of words, then pairs with a number.
 */
export function tagNames(count: number): string[] {
  const names = new Set<string>([...WORDS, ...RARE_WORDS].map((word) => word.normalize("NFKC")));
  for (let first = 0; names.size < count && first < WORDS.length; first++)
    for (let second = 0; names.size < count && second < WORDS.length; second++)
      if (first !== second) names.add(`${WORDS[first]}-${WORDS[second]}`);
  for (let suffix = 2; names.size < count; suffix++) names.add(`${WORDS[suffix % WORDS.length]}-${suffix}`);
  return [...names].slice(0, count);
}

import { z } from "zod";
import { artworkIdSchema } from "@/lib/art/schemas";
import { COLLECTION_DESCRIPTION_MAX, COLLECTION_TITLE_MAX } from "@/lib/validation/form-rules";
import { lineText, multilineText } from "@/lib/validation/plain-text";
/** Most collections one member keeps, and most artworks in one: enough for any curator, a bound for every list. */
export const COLLECTIONS_PER_MEMBER = 100;
export const ITEMS_PER_COLLECTION = 1000;

const title = lineText("title", { error: "Give the collection a title" })
  .min(1, { message: "Give the collection a title", abort: true })
  .max(COLLECTION_TITLE_MAX, `The title must be at most ${COLLECTION_TITLE_MAX} characters`);

const description = multilineText("description")
  .max(COLLECTION_DESCRIPTION_MAX, `The description must be at most ${COLLECTION_DESCRIPTION_MAX.toLocaleString("en")} characters`)
  .optional()
  .transform((value) => value ?? "");

/** Collection ids are cuids. */
export const collectionIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "Unknown collection");

export const collectionFieldsSchema = z.object({
  title,
  description,
  // A checkbox: ticked sends "on", unticked sends nothing.
  isPublic: z.preprocess((value) => value === "on", z.boolean()),
});
export type CollectionFields = z.infer<typeof collectionFieldsSchema>;

export const updateCollectionSchema = collectionFieldsSchema.extend({ collectionId: collectionIdSchema });
export const deleteCollectionSchema = z.object({ collectionId: collectionIdSchema });

/** As the heart: the form says what it wants, so a double submit changes nothing twice. */
export const collectionItemSchema = z.object({
  collectionId: collectionIdSchema,
  artworkId: artworkIdSchema,
  intent: z.enum(["add", "remove"], { error: "Choose to add or remove the artwork" }),
});

export const MOVES = ["top", "up", "down"] as const;
export type Move = (typeof MOVES)[number];
export const moveItemSchema = z.object({
  collectionId: collectionIdSchema,
  artworkId: artworkIdSchema,
  move: z.enum(MOVES, { error: "Choose where to move the artwork" }),
});

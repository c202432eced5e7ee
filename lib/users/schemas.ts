import { z } from "zod";
import { AVATAR_MAX_BYTES } from "@/lib/images/limits";
import { RESERVED_USERNAMES } from "@/lib/auth/schemas";
import { confusableKey } from "@/lib/validation/confusable";
import { multilineText, nameText } from "@/lib/validation/plain-text";
import { DISPLAY_NAME_MAX, BIO_MAX, AVATAR_TOO_LARGE } from "@/lib/validation/form-rules";

/** Refused by the profile save, which alone knows the other members' names. */
export const DISPLAY_NAME_OF_ANOTHER_MEMBER = "This display name reads as another member's username; choose another";

const displayName = nameText("display name")
  .max(DISPLAY_NAME_MAX, `The display name can be at most ${DISPLAY_NAME_MAX} characters`)
  .refine(
    (name) => !RESERVED_USERNAMES.has(confusableKey(name)),
    "This display name reads as a name the site keeps for itself (such as Admin); choose another",
  )
  .optional()
  // Empty means "show my username".
  .transform((name) => name || null);

const bio = multilineText("bio")
  .max(BIO_MAX, `The bio can be at most ${BIO_MAX} characters`)
  .optional()
  .transform((text) => text ?? "");

export const profileDetailsSchema = z.object({ displayName, bio });
export type ProfileDetails = z.output<typeof profileDetailsSchema>;

const CHOOSE_AN_IMAGE = "Choose an image to upload";

/**
 * The avatar form's two buttons: upload the chosen file, or remove the
 * avatar. Only the file's size is checked here; what it is, its content
 * decides (lib/images/avatar.ts).
 */
export const avatarChangeSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("upload"),
    avatar: z.file({ error: CHOOSE_AN_IMAGE }).min(1, CHOOSE_AN_IMAGE).max(AVATAR_MAX_BYTES, AVATAR_TOO_LARGE),
  }),
  z.object({ intent: z.literal("remove") }),
]);

import { z } from "zod";
import { checkTag, parseTagList, tagPrefix } from "@/lib/tags/normalise";

/** Far more than ten tags of forty characters with separators; a hostile megabyte is refused before it is parsed. */
const TAG_LIST_INPUT_MAX = 1_000;

/** The tags field of the upload and edit forms: the normalised names, in the order typed (empty or absent: none). */
export const tagListSchema = z
  .string()
  .max(TAG_LIST_INPUT_MAX, `Type at most ${TAG_LIST_INPUT_MAX.toLocaleString("en")} characters of tags`)
  .optional()
  .transform((text, context) => {
    const parsed = parseTagList(text ?? "");
    if (parsed.ok) return parsed.names;
    for (const message of parsed.messages) context.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** One tag typed by a member (muting), as its normalised name. */
export const tagNameSchema = z
  .string({ error: "Type a tag" })
  .max(TAG_LIST_INPUT_MAX, "Type one tag")
  .transform((text, context) => {
    const checked = checkTag(text);
    if (checked.ok) return checked.name;
    context.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  });

/** Tags are ids in the database; forms that act on one of a member's tags (unmute) send its id. */
export const tagIdSchema = z.coerce.number({ error: "Unknown tag" }).int("Unknown tag").positive("Unknown tag");

export const muteTagSchema = z.object({ tag: tagNameSchema });
export const unmuteTagSchema = z.object({ tagId: tagIdSchema });

/**
 * ?prefix= of the suggestion route: what is typed of the last tag, as a
 * normalised prefix. Anything that cannot start a tag suggests nothing
 * rather than an error: it is asked on every keystroke.
 */
export const suggestQuerySchema = z.object({
  prefix: z.string().max(TAG_LIST_INPUT_MAX).transform(tagPrefix).catch(""),
});

import { USERNAME_MAX, USERNAME_MIN } from "@/lib/validation/form-rules";

/**
 * An @name in text: not inside a word or an address (mail@example.com),
 * and only as long as a username may be. Usernames are letters, digits,
 * _ and -.
 */
const MENTION = new RegExp(`(?<![A-Za-z0-9_@./-])@([A-Za-z0-9_-]{${USERNAME_MIN},${USERNAME_MAX}})(?![A-Za-z0-9_-])`, "g");

/** The names mentioned in a text, lower-cased (as usernameKey stores them), each once, in order of appearance. */
export function mentionedNames(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((match) => match[1].toLowerCase()))];
}

export type TextPart = { text: string } | { mention: string; text: string };

/** The text cut into plain runs and @mentions, for linking the names that belong to members. */
export function splitMentions(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ mention: match[1].toLowerCase(), text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

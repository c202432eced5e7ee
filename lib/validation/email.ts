/**
 * Email addresses as members type them: one rule for sign-up, log-in,
 * forgotten passwords and Settings. Deliberately narrower than RFC 5322
 * (no quoted local parts, comments, display names or IP literals): what
 * mail providers hand out, checked the same way everywhere.
 */
import { z } from "zod";

/** RFC 5321's limit on a path, which every mail server enforces. */
export const EMAIL_MAX = 254;
const LOCAL_MAX = 64;
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

/** Why an address is refused, in words for the form; null when it is fine. */
export function emailProblem(address: string): string | null {
  if (address.length === 0) return "Enter your email address.";
  if (address.length > EMAIL_MAX) return `An email address has at most ${EMAIL_MAX} characters.`;
  if (/[<>"]/.test(address)) return "Enter the address alone, such as ada@example.com, without a name or brackets.";
  // Control characters and line breaks are how a header is smuggled into a mail.
  if (/[\p{Cc}\p{Cf}\s]/u.test(address)) return "An email address cannot contain spaces or invisible characters.";
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1 || address.indexOf("@") !== at) return "Enter an address such as ada@example.com.";
  const [local, domain] = [address.slice(0, at), address.slice(at + 1)];
  if (local.length > LOCAL_MAX || !LOCAL_PART.test(local)) return "The part before the @ is not a valid mailbox name.";
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label)) || /^\d+$/.test(labels.at(-1)!)) {
    return "The part after the @ is not a valid domain, such as example.com.";
  }
  return null;
}

/** The address as stored: Unicode NFC, the domain in lower case (it is case-insensitive; the mailbox, strictly, is not). */
export function normaliseEmail(address: string): string {
  const at = address.lastIndexOf("@");
  return `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`.normalize("NFC");
}

/** What "unique ignoring case" compares: two members cannot hold Ada@x.org and ada@x.org. */
export function emailKeyOf(address: string): string {
  return normaliseEmail(address).toLowerCase();
}

/** A form's email field: trimmed, checked, normalised. */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .transform((value) => value.trim())
  .superRefine((value, ctx) => {
    const problem = emailProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform(normaliseEmail);

import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn-ts ships a maintained list of ~49,000 passwords seen most often in
// breaches, all lower case, so the match is case-blind.
const commonPasswords = new Set<string>(dictionary["passwords-common"] as string[]);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}

export const COMMON_PASSWORD_COUNT = commonPasswords.size;

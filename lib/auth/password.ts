import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * OWASP's recommended Argon2id settings: 19 MiB, 2 passes, 1 lane.
 * Argon2id is @node-rs/argon2's default algorithm (its const enum cannot be
 * imported under isolatedModules); password.test.ts proves the hash is argon2id.
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed check, never a crash of the log-in page.
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * A real hash to verify against when the username does not exist, so an
 * unknown name costs the same time as a wrong password.
 */
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-for-unknown-users");
  return decoyHash;
}

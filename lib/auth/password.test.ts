import { describe, expect, it } from "vitest";
import { decoyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("uses Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane)", async () => {
    const hash = await hashPassword("quiet lantern river");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("salts each hash, so one password never hashes the same twice", async () => {
    expect(await hashPassword("quiet lantern river")).not.toBe(await hashPassword("quiet lantern river"));
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("quiet lantern river");
    expect(await verifyPassword(hash, "quiet lantern river")).toBe(true);
    expect(await verifyPassword(hash, "Quiet lantern river")).toBe(false);
  });

  it("treats a malformed stored hash as a failed check instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("keeps a real decoy hash so unknown users cost the same work", async () => {
    const decoy = await decoyPasswordHash();
    expect(decoy).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(decoy, "quiet lantern river")).toBe(false);
  });
});

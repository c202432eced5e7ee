import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { setAdminRole } from "@/lib/moderation/members/commands";
import { atOnce } from "@/lib/testing/concurrency";
import { createTestAdmin } from "@/lib/testing/factories";
import { deleteAccount } from "@/lib/users/delete-account";

await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

// Its own snapshot of the database, where the only admins are this file's.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutAdmins() }));

/** Two admins and nobody else: each test starts from there. */
async function twoAdmins() {
  await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
  return [await createTestAdmin(), await createTestAdmin()] as const;
}

const admins = () => db.user.count({ where: { role: "ADMIN" } });

describe("the last admin, when two admins act at the same moment", () => {
  it("stays when each removes the other's admin role", async () => {
    for (let round = 0; round < 5; round++) {
      const [first, second] = await twoAdmins();
      const results = await Promise.all([
        setAdminRole(first, { memberId: second.id, makeAdmin: false, reason: "" }),
        setAdminRole(second, { memberId: first.id, makeAdmin: false, reason: "" }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await admins()).toBe(1);
    }
  });

  it("stays when each steps down", async () => {
    for (let round = 0; round < 5; round++) {
      const pair = await twoAdmins();
      const results = await atOnce(2, (i) => setAdminRole(pair[i], { memberId: pair[i].id, makeAdmin: false, reason: "" }));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await admins()).toBe(1);
    }
  });

  it("stays when each deletes their own account", async () => {
    for (let round = 0; round < 5; round++) {
      const pair = await twoAdmins();
      const results = await atOnce(2, (i) => deleteAccount(pair[i].id));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await admins()).toBe(1);
    }
  });
});

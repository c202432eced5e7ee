import { describe, expect, it } from "vitest";
import { PresenceMembers } from "./presence";

describe("presence members", () => {
  it("count a user once across sockets, and remove them with their last socket", () => {
    const members = new PresenceMembers();
    expect(members.add("1.1", { userId: "ann", info: { name: "Ann" } })).toBe(true);
    expect(members.add("1.2", { userId: "ann", info: { name: "Ann (tab 2)" } })).toBe(false);
    expect(members.add("2.1", { userId: "bo", info: null })).toBe(true);
    expect(members.snapshot()).toEqual({ ids: ["ann", "bo"], hash: { ann: { name: "Ann" }, bo: null }, count: 2 });

    expect(members.remove("1.1")).toBeUndefined();
    expect(members.userCount).toBe(2);
    expect(members.remove("1.2")).toBe("ann");
    expect(members.remove("1.2")).toBeUndefined();
    expect(members.userIds()).toEqual(["bo"]);
  });
});

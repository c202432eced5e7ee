import { describe, expect, it } from "vitest";
import { ROOM_NAME_TAKEN, createRoom } from "@/lib/chat/rooms";
import { slugBase } from "@/lib/chat/slug";
import { refused } from "@/lib/result";
import { atOnce, bareMembers } from "@/lib/testing/concurrency";
import { uniqueUsername } from "@/lib/testing/factories";

describe("rooms created at the same moment", () => {
  it("with names that make the same slug each get a slug of their own", async () => {
    const base = uniqueUsername("Sketch");
    const names = [`${base} café`, `${base} cafe!`, `${base}: cafe`, `${base} - Cafe?`, `${base} (café)`, `${base} cafe…`];
    expect(new Set(names.map((name) => slugBase(name))).size).toBe(1);
    const creators = await bareMembers(names.length);
    const results = await atOnce(names.length, (i) => createRoom(creators[i].id, { name: names[i], description: "" }));
    const slugs = results.map((result) => (result.ok ? result.value : result.message));
    expect(new Set(slugs).size).toBe(names.length);
    expect(slugs.every((slug) => slug.startsWith(slugBase(names[0])))).toBe(true);
  });

  it("with the same name make one room, and the others hear the name is taken", async () => {
    const name = uniqueUsername("Crowded");
    const creators = await bareMembers(6);
    const results = await atOnce(creators.length, (i) => createRoom(creators[i].id, { name, description: "" }));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill(refused(ROOM_NAME_TAKEN, "name")));
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createRoomSchema, messagePageQuerySchema, postMessageSchema, roomNameKey } from "@/lib/chat/schemas";

function outcome<S extends z.ZodType>(schema: S, input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, errors: result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`) };
}

const ROOM_ID = "clroom000000000000000001";

describe("room rules", () => {
  it("keep a name of 3 to 50 characters on one line with single spaces", () => {
    expect(outcome(createRoomSchema, { name: "  Ink \n  and   wash ", description: "" })).toEqual({
      ok: true,
      data: { name: "Ink and wash", description: "" },
    });
    expect(outcome(createRoomSchema, { name: "Zoë 🎨", description: "" }).ok).toBe(true);
    expect(outcome(createRoomSchema, { name: "a".repeat(50) }).ok).toBe(true);
    expect(outcome(createRoomSchema, { name: "ab" })).toEqual({ ok: false, errors: ["name: The name must be at least 3 characters"] });
    expect(outcome(createRoomSchema, { name: "a".repeat(51) })).toEqual({
      ok: false,
      errors: ["name: The name can be at most 50 characters"],
    });
    expect(outcome(createRoomSchema, { name: "   " })).toEqual({ ok: false, errors: ["name: Give the room a name"] });
    expect(outcome(createRoomSchema, {})).toEqual({ ok: false, errors: ["name: Give the room a name"] });
  });

  it("refuse names of punctuation only and names with control characters", () => {
    expect(outcome(createRoomSchema, { name: "!!! ???" })).toEqual({
      ok: false,
      errors: ["name: Use at least one letter or digit in the name"],
    });
    expect(outcome(createRoomSchema, { name: "Ink\u0000wash" })).toEqual({
      ok: false,
      errors: ["name: The name contains invisible characters (such as zero-width spaces); remove them"],
    });
    expect(outcome(createRoomSchema, { name: "\u202Emoor kcalb" })).toEqual({
      ok: false,
      errors: ["name: The name contains characters that change the direction of text (such as right-to-left marks); remove them"],
    });
  });

  it("keep a description of up to 200 characters, counting a typed line break once", () => {
    expect(outcome(createRoomSchema, { name: "Sketching", description: "Line one\r\nline two" })).toEqual({
      ok: true,
      data: { name: "Sketching", description: "Line one\nline two" },
    });
    expect(outcome(createRoomSchema, { name: "Sketching", description: `${"a".repeat(99)}\r\n${"b".repeat(100)}` }).ok).toBe(true);
    expect(outcome(createRoomSchema, { name: "Sketching", description: "a".repeat(201) })).toEqual({
      ok: false,
      errors: ["description: The description can be at most 200 characters"],
    });
  });

  it("compare names ignoring case", () => {
    expect(roomNameKey("Watercolour CLUB")).toBe(roomNameKey("watercolour club"));
    expect(roomNameKey("ＷＡＴＥＲ")).toBe(roomNameKey("water"));
  });
});

describe("message rules", () => {
  it("take 1 to 2,000 characters of plain text, line breaks kept", () => {
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: "  Hello\r\nthere  " })).toEqual({
      ok: true,
      data: { roomId: ROOM_ID, body: "Hello\nthere" },
    });
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: "<b>not bold</b>" })).toMatchObject({
      ok: true,
      data: { body: "<b>not bold</b>" },
    });
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: "x".repeat(2_000) }).ok).toBe(true);
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: "x".repeat(2_001) })).toEqual({
      ok: false,
      errors: ["body: A message can be at most 2,000 characters"],
    });
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: " \n " })).toEqual({ ok: false, errors: ["body: Write a message first"] });
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: "bell\u0007" })).toEqual({
      ok: false,
      errors: ["body: The message contains invisible control characters; remove them"],
    });
  });

  it("refuse a room that cannot be an id, and ignore a socket id that cannot be one", () => {
    expect(outcome(postMessageSchema, { roomId: "../etc", body: "Hi" })).toEqual({ ok: false, errors: ["roomId: Unknown room"] });
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: "Hi", socketId: "123.456" })).toMatchObject({
      ok: true,
      data: { socketId: "123.456" },
    });
    expect(outcome(postMessageSchema, { roomId: ROOM_ID, body: "Hi", socketId: "forged" })).toEqual({
      ok: true,
      data: { roomId: ROOM_ID, body: "Hi", socketId: undefined },
    });
  });
});

describe("message page queries", () => {
  it("take exactly one of after and before, as a whole number", () => {
    expect(outcome(messagePageQuerySchema, { after: "41" })).toEqual({ ok: true, data: { after: 41 } });
    expect(outcome(messagePageQuerySchema, { before: "7" })).toEqual({ ok: true, data: { before: 7 } });
    expect(outcome(messagePageQuerySchema, { after: "0" })).toEqual({ ok: true, data: { after: 0 } });
    for (const query of [
      {},
      { after: "1", before: "2" },
      { after: "01" },
      { after: "-1" },
      { after: "1e3" },
      { after: "1.5" },
      { after: "9".repeat(16) },
      { around: "5" },
    ]) {
      expect(outcome(messagePageQuerySchema, query).ok).toBe(false);
    }
  });
});

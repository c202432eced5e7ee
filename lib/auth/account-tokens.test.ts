import { describe, expect, it } from "vitest";
import {
  TOKEN_EXPIRED,
  TOKEN_INVALID,
  TOKEN_LIFETIME_MS,
  TOKEN_USED,
  checkToken,
  issueToken,
  redeemToken,
} from "@/lib/auth/account-tokens";
import { db } from "@/lib/db";
import { atOnce, bareMembers } from "@/lib/testing/concurrency";

async function issued(purpose: "VERIFY_EMAIL" | "RESET_PASSWORD" = "RESET_PASSWORD", now = new Date()) {
  const [member] = await bareMembers(1);
  const token = await db.$transaction((tx) => issueToken(tx, { userId: member.id, purpose, email: "ada@example.com", now }));
  return { member, ...token };
}

const redeem = (token: string, purpose: "VERIFY_EMAIL" | "RESET_PASSWORD" = "RESET_PASSWORD", now?: Date) =>
  db.$transaction((tx) => redeemToken(tx, token, purpose, now));

describe("account tokens", () => {
  it("store only a hash of the secret the link carries", async () => {
    const { id, token } = await issued();
    const secret = token.split(".")[1];
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    const row = await db.accountToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("work once, for their member, and then say they were used", async () => {
    const { member, token } = await issued();
    const first = await redeem(token);
    expect(first).toMatchObject({ ok: true, value: { userId: member.id, email: "ada@example.com" } });
    expect(await redeem(token)).toEqual({ ok: false, message: TOKEN_USED });
  });

  it("let only one of many requests with the same link through", async () => {
    const { token } = await issued();
    const results = await atOnce(8, () => redeem(token));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("expire after their lifetime: a reset link after an hour", async () => {
    const issuedAt = new Date();
    const { token } = await issued("RESET_PASSWORD", issuedAt);
    const justAfter = new Date(issuedAt.getTime() + TOKEN_LIFETIME_MS.RESET_PASSWORD + 1);
    expect(TOKEN_LIFETIME_MS.RESET_PASSWORD).toBe(3_600_000);
    expect(await db.$transaction((tx) => checkToken(tx, token, "RESET_PASSWORD", justAfter))).toEqual({
      ok: false,
      message: TOKEN_EXPIRED,
    });
    expect(await redeem(token, "RESET_PASSWORD", justAfter)).toEqual({ ok: false, message: TOKEN_EXPIRED });
  });

  it("refuse a forged secret, a mangled link and a token of another purpose", async () => {
    const { id, token } = await issued("RESET_PASSWORD");
    const forged = `${id}.${Buffer.alloc(32, 7).toString("base64url")}`;
    for (const bad of [forged, token.slice(0, -1), `${token}x`, "", "x".repeat(10_000), `${id}.`, token.replace(".", "")]) {
      expect(await redeem(bad)).toEqual({ ok: false, message: TOKEN_INVALID });
    }
    expect(await redeem(token, "VERIFY_EMAIL")).toEqual({ ok: false, message: TOKEN_INVALID });
    expect((await redeem(token)).ok).toBe(true);
  });

  it("make an earlier link of the same purpose stop working when a new one is sent", async () => {
    const { member, token: first } = await issued("VERIFY_EMAIL");
    const second = await db.$transaction((tx) => issueToken(tx, { userId: member.id, purpose: "VERIFY_EMAIL", email: "ada@example.com" }));
    expect(await redeem(first, "VERIFY_EMAIL")).toEqual({ ok: false, message: TOKEN_USED });
    expect((await redeem(second.token, "VERIFY_EMAIL")).ok).toBe(true);
  });
});

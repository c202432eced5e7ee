import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { prepareImage } from "@/lib/images/pipeline";
import { LIMITS, STORAGE_QUOTA_BYTES } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { TITLE_MAX } from "@/lib/validation/form-rules";
import { POST } from "./route";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());
// The real pipeline, counted: a refused upload must not cost a decode.
vi.mock("@/lib/images/pipeline", async (original) => {
  const real = await original<typeof import("@/lib/images/pipeline")>();
  return { ...real, prepareImage: vi.fn(real.prepareImage) };
});
// Only refusals here: uploads that store files are lib/art/publish.test.ts's, whose orphan checks
// must not see another file's upload half-way; e2e/art.spec.ts uploads through this route.

type Member = { id: string; username: string };

/** The upload form's request, as its script sends it. */
async function upload(title: string) {
  const picture = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.set("title", title);
  form.set("file", new File([new Uint8Array(picture)], "art.png", { type: "image/png" }));
  const encoded = new Response(form);
  const contentType = encoded.headers.get("content-type")!;
  const body = new Uint8Array(await encoded.arrayBuffer());
  return POST(
    new NextRequest("http://localhost:3000/api/artworks", {
      method: "POST",
      body,
      headers: {
        "content-type": contentType,
        "content-length": String(body.length),
        origin: "http://localhost:3000",
        host: "localhost:3000",
        accept: "application/json",
      },
    }),
  );
}

const artworksOf = (member: Member) => db.artwork.count({ where: { authorId: member.id } });

beforeEach(() => vi.clearAllMocks());

describe("the upload endpoint", () => {
  it("refuses an upload past the member's hourly limit before decoding it, with the wait, storing nothing", async () => {
    const member = await createTestUser();
    request.actAs(member);
    for (let i = 0; i < LIMITS.upload.max; i++) await takeTurn({ limit: LIMITS.upload, subject: member.id });
    const response = await upload("One too many");
    expect(response.status).toBe(429);
    expect(await response.json()).toMatchObject({
      message: expect.stringMatching(/^You can upload 30 images an hour\. Try again in \d+ (seconds|minutes)\.$/),
    });
    expect(await artworksOf(member)).toBe(0);
    expect(prepareImage).not.toHaveBeenCalled();
    // proxy.ts leaves this route alone, so it sets the security headers itself.
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a member without a confirmed address before reading the file, saying why", async () => {
    for (const standing of ["unverified", "none"] as const) {
      const member = await createTestUser("unconfirmed", { email: standing });
      request.actAs(member);
      const response = await upload("Too early");
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ message: expect.stringMatching(/^To upload artwork, /) });
      expect(await artworksOf(member)).toBe(0);
    }
    expect(prepareImage).not.toHaveBeenCalled();
  });

  it("refuses a title past its limit, echoing no more of it than any form does, and stores nothing", async () => {
    const member = await createTestUser();
    request.actAs(member);
    const response = await upload("x".repeat(1_000_000));
    expect(response.status).toBe(422);
    const refusal = await response.json();
    expect(refusal.fieldErrors).toEqual({ title: [`The title must be at most ${TITLE_MAX} characters`] });
    expect(refusal.values.title).toHaveLength(2_000);
    expect(await artworksOf(member)).toBe(0);
    expect(prepareImage).not.toHaveBeenCalled();
  });

  it("refuses an upload once the member's storage is full, saying how much is used", async () => {
    const member = await createTestUser();
    request.actAs(member);
    await createArtworkRow(member.id, { title: "Everything else" });
    await db.artworkVariant.updateMany({ where: { artwork: { authorId: member.id } }, data: { bytes: STORAGE_QUOTA_BYTES } });
    const response = await upload("No room");
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      fieldErrors: {
        file: ["Your artwork takes 1.0 GB of your 1.0 GB of storage. Delete some of it in Settings → My artwork to upload more."],
      },
    });
    expect(await artworksOf(member)).toBe(1);
    expect(prepareImage).not.toHaveBeenCalled();
  });
});

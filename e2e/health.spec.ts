import { expect, test } from "@playwright/test";

test("the health check reports the database and the bundled realtime server as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "ok", realtime: "ok" });
});

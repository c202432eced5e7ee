import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { initialFormState } from "@/lib/actions/form-state";
import { validatedAction } from "@/lib/actions/validated-action";
import { formData } from "@/lib/testing/form-data";

const schema = z.object({ username: z.string().min(3, "Too short"), password: z.string().min(8, "Too short") });

describe("validatedAction", () => {
  it("never runs the handler on bad input, and returns field messages with what was typed minus the password", async () => {
    const handler = vi.fn();
    const action = validatedAction(schema, handler);
    const state = await action(initialFormState, formData({ username: "ab", password: "secret" }));
    expect(handler).not.toHaveBeenCalled();
    expect(state).toEqual({
      status: "error",
      fieldErrors: { username: ["Too short"], password: ["Too short"] },
      values: { username: "ab" },
    });
  });

  it("does not echo a hostile megabyte back to the page", async () => {
    const action = validatedAction(schema, vi.fn());
    const state = await action(initialFormState, formData({ username: "x".repeat(1_000_000), password: "p" }));
    expect(state.values!.username.length).toBe(2_000);
  });

  it("passes parsed input to the handler and reports success", async () => {
    const handler = vi.fn(async () => undefined);
    const state = await validatedAction(schema, handler)(initialFormState, formData({ username: "mira", password: "long enough" }));
    expect(handler).toHaveBeenCalledWith({ username: "mira", password: "long enough" }, expect.any(FormData));
    expect(state.status).toBe("success");
  });
});

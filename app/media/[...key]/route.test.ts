import { vi } from "vitest";
import { mediaRouteCases } from "./route-cases";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

mediaRouteCases(request);

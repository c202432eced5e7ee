import { z } from "zod";

/** What the upload endpoint answers when it refuses: messages per field, as the form shows them. */
export type UploadRefusal = {
  message?: string;
  fieldErrors: Partial<Record<"file" | "title" | "description" | "tags", string[]>>;
  values?: { title?: string; description?: string; tags?: string };
};

export type UploadSuccess = { id: string; url: string };

/** Carries a refusal to /upload when the form was posted without JavaScript. */
export const UPLOAD_FLASH_COOKIE = "upload-refusal";

const refusalSchema = z.object({
  message: z.string().optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())),
  values: z.object({ title: z.string().optional(), description: z.string().optional(), tags: z.string().optional() }).optional(),
});

export function parseUploadRefusal(raw: string | undefined): UploadRefusal | null {
  if (!raw) return null;
  try {
    const parsed = refusalSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

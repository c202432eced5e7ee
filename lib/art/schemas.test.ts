import { describe, expect, it } from "vitest";
import { formFields } from "@/lib/actions/parse-form";
import { artworkFieldsSchema, deleteArtworksSchema } from "@/lib/art/schemas";
import { DESCRIPTION_MAX } from "@/lib/validation/form-rules";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return formFields(data);
}

describe("selecting artwork to delete", () => {
  const id = "cmabcdefghij0123456789";
  const other = "cmzyxwvutsrq9876543210";

  it("takes one or several ticked boxes with the confirmation", () => {
    expect(
      deleteArtworksSchema.parse(
        form([
          ["artworkIds", id],
          ["confirm", "yes"],
        ]),
      ).artworkIds,
    ).toEqual([id]);
    expect(
      deleteArtworksSchema.parse(
        form([
          ["artworkIds", id],
          ["artworkIds", other],
          ["confirm", "yes"],
        ]),
      ).artworkIds,
    ).toEqual([id, other]);
  });

  it("asks for a selection and the confirmation, and refuses ids that cannot be artwork", () => {
    const errors = (entries: [string, string][]) =>
      deleteArtworksSchema.safeParse(form(entries)).error?.issues.map((issue) => issue.message);
    expect(errors([["confirm", "yes"]])).toEqual(["Select the artwork to delete"]);
    expect(errors([["artworkIds", id]])).toEqual(["Tick this box to confirm that the artwork and its files go for good"]);
    expect(
      errors([
        ["artworkIds", "../../etc"],
        ["confirm", "yes"],
      ]),
    ).toEqual(["Unknown artwork"]);
  });
});

describe("multi-line text", () => {
  it("counts a line break the browser sends as CRLF as one character, as the form's maxlength does", () => {
    const lines = "line\r\n".repeat(DESCRIPTION_MAX / 5);
    const parsed = artworkFieldsSchema.safeParse({ title: "Waves", description: lines });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.description).toBe("line\n".repeat(DESCRIPTION_MAX / 5).trim());
    expect(artworkFieldsSchema.safeParse({ title: "Waves", description: `${lines}x` }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { EMAIL_MAX, emailKeyOf, emailSchema } from "@/lib/validation/email";

const parse = (value: unknown) => emailSchema.safeParse(value);
const messageOf = (value: unknown) => {
  const result = parse(value);
  return result.success ? null : result.error.issues[0].message;
};

describe("email addresses", () => {
  it("accept what providers hand out, trimmed, with the domain in lower case", () => {
    expect(parse("  Ada.Lovelace+art@Example.ORG ").data).toBe("Ada.Lovelace+art@example.org");
    expect(parse("o'brien@mail.example.co.uk").success).toBe(true);
    expect(parse("josé@exemplo.com.br").success).toBe(true);
    expect(parse("用户@例子.广告").success).toBe(true);
  });

  it("compare ignoring case", () => {
    expect(emailKeyOf("Ada@Example.org")).toBe(emailKeyOf("ada@example.ORG"));
  });

  it.each([
    ["", "Enter your email address."],
    ["ada", "Enter an address such as ada@example.com."],
    ["ada@", "Enter an address such as ada@example.com."],
    ["@example.org", "Enter an address such as ada@example.com."],
    ["ada@@example.org", "Enter an address such as ada@example.com."],
    ["a@b@example.org", "Enter an address such as ada@example.com."],
    ["Ada Lovelace <ada@example.org>", "Enter the address alone, such as ada@example.com, without a name or brackets."],
    ["ada lovelace@example.org", "An email address cannot contain spaces or invisible characters."],
    ["<ada@example.org>", "Enter the address alone, such as ada@example.com, without a name or brackets."],
    ['"ada"@example.org', "Enter the address alone, such as ada@example.com, without a name or brackets."],
    ["ada@example.org\r\nBcc: victim@example.org", "An email address cannot contain spaces or invisible characters."],
    ["ada\u0000@example.org", "An email address cannot contain spaces or invisible characters."],
    ["ada\u200b@example.org", "An email address cannot contain spaces or invisible characters."],
    ["ada..lovelace@example.org", "The part before the @ is not a valid mailbox name."],
    [".ada@example.org", "The part before the @ is not a valid mailbox name."],
    [`${"a".repeat(65)}@example.org`, "The part before the @ is not a valid mailbox name."],
    ["ada@localhost", "The part after the @ is not a valid domain, such as example.com."],
    ["ada@127.0.0.1", "The part after the @ is not a valid domain, such as example.com."],
    ["ada@-example.org", "The part after the @ is not a valid domain, such as example.com."],
    ["ada@example..org", "The part after the @ is not a valid domain, such as example.com."],
    [`${"a".repeat(10_000)}@example.org`, `An email address has at most ${EMAIL_MAX} characters.`],
  ])("refuse %j with a message that says what is wrong", (value, message) => {
    expect(messageOf(value)).toBe(message);
  });

  it("refuse what is not text", () => {
    expect(messageOf(undefined)).toBe("Enter your email address.");
    expect(messageOf(42)).toBe("Enter your email address.");
  });
});

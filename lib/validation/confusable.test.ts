import { describe, expect, it } from "vitest";
import { confusableKey } from "@/lib/validation/confusable";

describe("how a name reads", () => {
  it("ignores letter case, width and mathematical letter styles", () => {
    for (const name of ["mira_paints", "MIRA_PAINTS", "ｍｉｒａ＿ｐａｉｎｔｓ", "𝐦𝐢𝐫𝐚_𝐩𝐚𝐢𝐧𝐭𝐬"])
      expect(confusableKey(name), name).toBe("mira_paints");
  });

  it("reads Cyrillic and Greek letters drawn as Latin ones as those Latin letters", () => {
    // Cyrillic а, е, о; Greek Κ, Ν, Ι.
    expect(confusableKey("\u0430dmin")).toBe("admin");
    expect(confusableKey("k\u0435nji-ink")).toBe("kenji-ink");
    expect(confusableKey("\u039AENJ\u0399-I\u039DK")).toBe("kenji-ink");
    expect(confusableKey("r\u043Eot")).toBe("root");
  });

  it("leaves out what draws nothing, and keeps words apart by one space", () => {
    expect(confusableKey("ad\u3164min\u200B")).toBe("admin");
    expect(confusableKey("  Mira \u3000 Okafor ")).toBe("mira okafor");
  });

  it("keeps accented letters, which read differently", () => {
    expect(confusableKey("Zoë")).toBe("zoë");
    expect(confusableKey("Zoë")).not.toBe(confusableKey("Zoe"));
  });
});

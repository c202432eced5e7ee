import { describe, expect, it } from "vitest";
import { sniffFormat } from "@/lib/images/sniff";
import { heicHeader, solid } from "@/lib/testing/images";

const SVG_BODY = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>';

describe("format sniffing, by content only", () => {
  it("recognises each accepted format by its magic bytes", async () => {
    const image = solid(80, 80, "#336699");
    expect(sniffFormat(await image.clone().jpeg().toBuffer())).toBe("jpeg");
    expect(sniffFormat(await image.clone().png().toBuffer())).toBe("png");
    expect(sniffFormat(await image.clone().webp().toBuffer())).toBe("webp");
    expect(sniffFormat(await image.clone().gif().toBuffer())).toBe("gif");
    expect(sniffFormat(await image.clone().avif({ effort: 0 }).toBuffer())).toBe("heif");
  });

  it("tells HEIC from AVIF by the ftyp brands", () => {
    expect(sniffFormat(heicHeader())).toBe("heic");
  });

  it.each([
    ["plain", SVG_BODY],
    ["with an XML declaration", `<?xml version="1.0" encoding="UTF-8"?>\n${SVG_BODY}`],
    ["after whitespace and a BOM", `\uFEFF \n\t<?xml version="1.0"?>\r\n  ${SVG_BODY}`],
    ["after a comment and a doctype", `<!-- made by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n${SVG_BODY}`],
    ["with a namespace prefix", '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"></svg:svg>'],
  ])("spots an SVG %s", (_, text) => {
    expect(sniffFormat(Buffer.from(text, "utf8"))).toBe("svg");
  });

  it("spots an SVG in UTF-16", () => {
    expect(sniffFormat(Buffer.from(`\uFEFF${SVG_BODY}`, "utf16le"))).toBe("svg");
  });

  it("leaves other XML, text, PDF, TIFF and video as unknown", async () => {
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?><html><body>hi</body></html>'))).toBe("unknown");
    expect(sniffFormat(Buffer.from("just some notes, renamed to photo.jpg"))).toBe("unknown");
    expect(sniffFormat(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("unknown");
    expect(sniffFormat(await solid(80, 80, "#336699").tiff().toBuffer())).toBe("unknown");
    expect(sniffFormat(Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from("ftypisom\0\0\0\0mp41")]))).toBe("unknown");
    expect(sniffFormat(Buffer.alloc(0))).toBe("unknown");
  });
});

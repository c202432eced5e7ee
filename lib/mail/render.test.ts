import { describe, expect, it } from "vitest";
import type { MailMessage } from "@/lib/mail/message";
import { renderHtml, renderText } from "@/lib/mail/render";
import { siteUrl } from "@/lib/mail/site-url";

const reset: MailMessage = {
  kind: "password-reset",
  subject: "Reset your password",
  paragraphs: ['Hello <script>alert("x")</script>, someone asked to reset the password of "mira" & co.', "The link works for an hour."],
  action: { label: "Choose a new password", url: 'http://localhost:3000/reset-password?token=a&b="c"' },
  footer: ["You got this mail because a reset was asked for on your account. If it was not you, ignore it."],
};

const digest: MailMessage = { ...reset, kind: "digest", unsubscribeUrl: "http://localhost:3000/unsubscribe?token=u&kind=digest" };

/** The text a reader sees in the HTML part, tags dropped and entities read back. */
function visibleText(html: string): string {
  return html
    .replace(/<(style|title)>[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe("the HTML part", () => {
  it("escapes every text, so a name or paragraph with markup or quotes is shown, never run", () => {
    const html = renderHtml(reset);
    expect(html).not.toContain("<script>");
    expect(html).toContain(
      "Hello &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;, someone asked to reset the password of &#34;mira&#34; &#38; co.",
    );
    expect(visibleText(html)).toContain('Hello <script>alert("x")</script>, someone asked');
    expect(renderHtml({ ...reset, subject: "</title><script>" })).toContain("<title>&#60;/title&#62;&#60;script&#62;</title>");
  });

  it("makes the action a button linking to its address, with the address spelled out for clients that lose the button", () => {
    const html = renderHtml(reset);
    const href = 'href="http://localhost:3000/reset-password?token=a&#38;b=&#34;c&#34;"';
    const escaped = href.replace(/[?.]/g, "\\$&");
    expect(html).toMatch(new RegExp(`<td align="center" bgcolor="#[0-9a-f]{6}"[^>]*><a ${escaped}[^>]*>Choose a new password</a></td>`));
    expect(html.split(href)).toHaveLength(3);
  });

  it("heads the mail with the site's name linking home, in English, readable in dark mode", () => {
    const html = renderHtml(reset);
    expect(html).toContain('<html lang="en"');
    expect(html).toMatch(new RegExp(`<a class="mail-site" href="${siteUrl("/")}"[^>]*>Artist Collective</a>`));
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('<meta name="supported-color-schemes" content="light dark">');
    expect(html).toContain("@media (prefers-color-scheme: dark)");
  });

  it("previews the first paragraph in the inbox, hidden in the mail itself", () => {
    expect(renderHtml(reset)).toMatch(/<div style="display:none;[^"]*">Hello &#60;script/);
  });

  it("offers an unsubscribe link in optional mail only, with the reason the reader got it", () => {
    const optional = renderHtml(digest);
    expect(optional).toMatch(
      /<a class="mail-link" href="http:\/\/localhost:3000\/unsubscribe\?token=u&#38;kind=digest"[^>]*>Unsubscribe from these mails<\/a>/,
    );
    expect(visibleText(optional)).toContain("You got this mail because a reset was asked for");
    expect(renderHtml(reset)).not.toContain("Unsubscribe");
  });
});

describe("the text part", () => {
  it("reads as plain text: the site name first, the paragraphs, each link on a line of its own", () => {
    expect(renderText(digest)).toBe(
      [
        "Artist Collective",
        'Hello <script>alert("x")</script>, someone asked to reset the password of "mira" & co.',
        "The link works for an hour.",
        'Choose a new password:\nhttp://localhost:3000/reset-password?token=a&b="c"',
        "You got this mail because a reset was asked for on your account. If it was not you, ignore it.",
        "Unsubscribe from these mails:\nhttp://localhost:3000/unsubscribe?token=u&kind=digest",
      ].join("\n\n") + "\n",
    );
    expect(renderText(reset)).not.toContain("Unsubscribe");
  });
});

import { expect, test } from "@playwright/test";
import { logOut } from "./support/accounts";
import { memberIn, messageBox, messageSaying, presence, startRoom } from "./support/chat";

test("two members chat live in one room: presence, messages both ways, typing, a deletion, and the history after a reload", async ({
  browser,
}) => {
  const [mira, kenji] = [await memberIn(browser), await memberIn(browser)];
  const room = await startRoom(mira.page, "Live test room");

  await kenji.page.goto("/chat");
  await expect(kenji.page.getByRole("listitem").filter({ hasText: room })).toContainText("Live test room");
  await kenji.page.getByRole("link", { name: room }).click();

  // Each sees the other arrive.
  await expect(presence(mira.page).getByText(kenji.username)).toBeVisible();
  await expect(presence(kenji.page).getByText(mira.username)).toBeVisible();
  await expect(presence(mira.page).getByRole("status")).toHaveText("Live");

  // Enter sends; the box empties; the other side gets it live.
  const miraBox = messageBox(mira.page);
  await miraBox.fill("Hello Kenji!");
  await miraBox.press("Enter");
  await expect(miraBox).toHaveValue("");
  await expect(messageSaying(mira.page, "Hello Kenji!")).toBeVisible();
  await expect(messageSaying(kenji.page, "Hello Kenji!")).toBeVisible();

  // Typing shows on the other side; Shift+Enter makes a new line.
  const kenjiBox = messageBox(kenji.page);
  await kenjiBox.pressSequentially("Hi Mira,");
  await expect(mira.page.getByText(`${kenji.username} is typing…`)).toBeVisible();
  await kenjiBox.press("Shift+Enter");
  await kenjiBox.pressSequentially("nice room.");
  await kenjiBox.press("Enter");
  const reply = messageSaying(mira.page, "nice room.");
  await expect(reply.locator(".chat-message-body")).toHaveJSProperty("textContent", "Hi Mira,\nnice room.");
  await expect(mira.page.getByText(`${kenji.username} is typing…`)).toBeHidden();
  // Only the author may delete a message.
  await expect(reply.getByRole("button", { name: "Delete message" })).toHaveCount(0);

  // Mira deletes hers: it goes for both, live.
  await messageSaying(mira.page, "Hello Kenji!").getByRole("button", { name: "Delete message" }).click();
  await expect(messageSaying(mira.page, "Hello Kenji!")).toHaveCount(0);
  await expect(messageSaying(kenji.page, "Hello Kenji!")).toHaveCount(0);

  // A reload shows the stored history, without the deleted message.
  await kenji.page.reload();
  await expect(messageSaying(kenji.page, "nice room.")).toBeVisible();
  await expect(messageSaying(kenji.page, "Hello Kenji!")).toHaveCount(0);

  // Kenji leaves: Mira sees him go.
  await kenji.context.close();
  await expect(presence(mira.page).getByText(kenji.username)).toHaveCount(0);
  await mira.context.close();
});

test("a member who logs out in another tab leaves the room at once, and their chat page says its session ended", async ({ browser }) => {
  const [mira, kenji] = [await memberIn(browser), await memberIn(browser)];
  const room = await startRoom(mira.page);
  await kenji.page.goto("/chat");
  await kenji.page.getByRole("link", { name: room }).click();
  await expect(presence(mira.page).getByText(kenji.username)).toBeVisible();
  await expect(presence(kenji.page).getByRole("status")).toHaveText("Live");

  const otherTab = await kenji.context.newPage();
  await otherTab.goto("/");
  await logOut(otherTab, kenji.username);

  await expect(presence(mira.page).getByText(kenji.username)).toHaveCount(0);
  await expect(presence(kenji.page).getByRole("status")).toHaveText("Live updates ended with your session. Reload the page.");
  await kenji.context.close();
  await mira.context.close();
});

test("without JavaScript a member reads, sends and deletes, and a visitor reads with a log-in prompt", async ({ browser }) => {
  const member = await memberIn(browser, { javaScriptEnabled: false });
  const room = await startRoom(member.page);

  await messageBox(member.page).fill("Posted without JavaScript");
  await member.page.getByRole("button", { name: "Send" }).click();
  await expect(messageSaying(member.page, "Posted without JavaScript")).toBeVisible();
  await messageBox(member.page).fill("Second one");
  await member.page.getByRole("button", { name: "Send" }).click();
  await expect(messageSaying(member.page, "Second one")).toBeVisible();
  await messageSaying(member.page, "Posted without JavaScript").getByRole("button", { name: "Delete message" }).click();
  await expect(messageSaying(member.page, "Posted without JavaScript")).toHaveCount(0);
  await expect(messageSaying(member.page, "Second one")).toBeVisible();

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const page = await visitor.newPage();
  await page.goto("/chat");
  await expect(page.getByRole("link", { name: "Log in", exact: true }).last()).toBeVisible();
  await expect(page.getByRole("button", { name: "Create room" })).toHaveCount(0);
  await page.getByRole("link", { name: room }).click();
  await expect(messageSaying(page, "Second one")).toBeVisible();
  await expect(messageBox(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete message" })).toHaveCount(0);
  await expect(page.getByText("to join the conversation")).toBeVisible();
  await visitor.close();
  await member.context.close();
});

test("a room name is unique ignoring case, and the refused name stays in the form", async ({ browser }) => {
  const member = await memberIn(browser);
  const room = await startRoom(member.page);
  await member.page.goto("/chat");
  await member.page.getByLabel("Name").fill(room.toUpperCase());
  await member.page.getByRole("button", { name: "Create room" }).click();
  await expect(member.page.getByText("A room with this name exists already")).toBeVisible();
  await expect(member.page.getByLabel("Name")).toHaveValue(room.toUpperCase());
  await member.context.close();
});

const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
];

for (const viewport of viewports) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`chat pages fit a ${viewport.name} screen in ${colorScheme} mode`, async ({ browser }) => {
      const mira = await memberIn(browser);
      const room = await startRoom(mira.page, "Where the screenshots are taken: a description long enough to wrap on a phone.");
      const kenji = await memberIn(browser);
      await kenji.page.goto(mira.page.url());
      await messageBox(kenji.page).fill("A first message, with a line long enough to wrap on a narrow screen and show how the text flows.");
      await kenji.page.getByRole("button", { name: "Send" }).click();
      await expect(messageSaying(kenji.page, "A first message")).toBeVisible();
      await kenji.context.close();

      await mira.page.setViewportSize(viewport);
      await mira.page.emulateMedia({ colorScheme });
      for (const [name, path] of [
        ["chat-list", "/chat"],
        ["chat-room", mira.page.url()],
      ] as const) {
        await mira.page.goto(path);
        await expect(mira.page.getByRole("heading", { level: 1 })).toBeVisible();
        if (name === "chat-room") await expect(messageSaying(mira.page, "A first message")).toBeVisible();
        else await expect(mira.page.getByRole("link", { name: room })).toBeVisible();
        expect(await mira.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), name).toBeLessThanOrEqual(0);
        await mira.page.screenshot({ path: `e2e/.artifacts/screenshots/${name}-${viewport.name}-${colorScheme}.png`, fullPage: true });
      }
      await mira.context.close();
    });
  }
}

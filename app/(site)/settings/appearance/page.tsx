import type { Metadata } from "next";
import { ThemeForm } from "@/components/theme-form";
import { requestTheme } from "@/lib/appearance/theme";
import { requireUser } from "@/lib/auth/session";
import { chooseTheme } from "./actions";

export const metadata: Metadata = { title: "Appearance" };

export default async function AppearanceSettingsPage() {
  await requireUser("/settings/appearance");
  return (
    <>
      <h2>Appearance</h2>
      <p>
        Light, dark, or whatever your device is set to. The choice is saved on your account, so it follows you to every device you log in
        on.
      </p>
      <ThemeForm action={chooseTheme} current={await requestTheme()} />
    </>
  );
}

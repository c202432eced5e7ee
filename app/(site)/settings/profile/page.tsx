import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/avatar";
import { requireUser } from "@/lib/auth/session";
import { getProfileSettings } from "@/lib/users/profile-settings";
import { AvatarForm } from "./avatar-form";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfileSettingsPage({ searchParams }: PageProps<"/settings/profile">) {
  const user = await requireUser("/settings/profile");
  const settings = await getProfileSettings(user.id);
  if (!settings) notFound();
  // Set by proxy.ts when an oversize avatar was posted without JavaScript.
  const tooLarge = (await searchParams).avatar === "too-large";
  return (
    <>
      <hgroup>
        <h2>Profile</h2>
        <p>
          How other members see you: on <Link href={settings.author.href}>your profile page</Link> and beside your work and comments.
        </p>
      </hgroup>
      <section aria-labelledby="avatar-heading">
        <h3 id="avatar-heading">Avatar</h3>
        <AvatarForm
          preview={<Avatar author={settings.author} size={128} alt="Your current avatar" />}
          hasAvatar={settings.author.avatar !== null}
          refusedAsTooLarge={tooLarge}
        />
      </section>
      <section aria-labelledby="details-heading">
        <h3 id="details-heading">Name and bio</h3>
        <ProfileForm username={user.username} displayName={settings.displayName} bio={settings.bio} />
      </section>
    </>
  );
}

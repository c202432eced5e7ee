import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { favouritesArePublic } from "@/lib/favourites/queries";
import { PrivacyForm } from "./privacy-form";

export const metadata: Metadata = { title: "Privacy" };

export default async function PrivacySettingsPage() {
  const user = await requireUser("/settings/privacy");
  return (
    <>
      <hgroup>
        <h2>Privacy</h2>
        <p>
          Who sees <Link href={`/u/${encodeURIComponent(user.username)}/favourites`}>your favourites</Link>. Favourite counts on artwork
          never say who gave them.
        </p>
      </hgroup>
      <PrivacyForm favouritesPublic={await favouritesArePublic(user.id)} />
    </>
  );
}

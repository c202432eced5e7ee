import type { Metadata } from "next";
import Link from "next/link";
import { emailStanding } from "@/lib/auth/email-gate";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { notificationChoices } from "@/lib/notifications/preferences";
import { NotificationChoicesForm } from "./notification-choices-form";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationSettingsPage() {
  const user = await requireUser("/settings/notifications");
  const [choices, standing] = await Promise.all([notificationChoices(user.id), emailStanding(user.id)]);
  return (
    <>
      <hgroup>
        <h2>Notifications</h2>
        <p>
          For each kind of news: whether <Link href="/notifications">your notifications</Link> show it, and whether it comes by mail at once
          or in a daily digest ({String(env.NOTIFICATION_DIGEST_HOUR_UTC).padStart(2, "0")}:00 UTC, only when something new is waiting).
          Nothing you have already read in the site is mailed.
        </p>
      </hgroup>
      {standing.status !== "verified" && (
        <p className="notice" role="note">
          Mail needs a confirmed address: <Link href="/settings/email">add or confirm one</Link>. Until then your choices are kept and
          nothing is mailed.
        </p>
      )}
      <NotificationChoicesForm choices={choices} />
    </>
  );
}

import Link from "next/link";
import { LogoutButton } from "@/components/logout-button";

/** A <details> dropdown: opens with keyboard and mouse, without JavaScript. */
export function UserMenu({ username, isAdmin, logOut }: { username: string; isAdmin: boolean; logOut: () => Promise<void> }) {
  return (
    <details className="dropdown user-menu">
      <summary aria-label={`Account menu for ${username}`}>{username}</summary>
      <ul dir="rtl">
        <li dir="ltr">
          <Link href={`/u/${encodeURIComponent(username)}`}>Profile</Link>
        </li>
        <li dir="ltr">
          <Link href="/following">Following</Link>
        </li>
        <li dir="ltr">
          <Link href="/settings">Settings</Link>
        </li>
        {isAdmin && (
          <li dir="ltr">
            <Link href="/admin">Moderation</Link>
          </li>
        )}
        <li dir="ltr">
          <LogoutButton action={logOut} className="link" />
        </li>
      </ul>
    </details>
  );
}

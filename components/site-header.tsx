import Link from "next/link";
import { HeaderSearch } from "@/components/header-search";
import { NotificationBell } from "@/components/notification-bell";
import { InstallButton } from "@/components/pwa/install-button";
import { SessionSync } from "@/components/pwa/session-sync";
import { UserMenu } from "@/components/user-menu";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/queries";
import { pusherClientOptions } from "@/lib/realtime/config";

/** The log-out action comes from the root layout: components do not reach into route folders. */
export async function SiteHeader({ logOut }: { logOut: () => Promise<void> }) {
  const user = await getCurrentUser();
  return (
    <header className="site-header container">
      <SessionSync userId={user?.id ?? null} />
      <nav aria-label="Main">
        <ul>
          <li>
            <Link href="/" className="brand">
              Artist Collective
            </Link>
          </li>
        </ul>
        <HeaderSearch />
        <ul>
          <li>
            <Link href="/">Gallery</Link>
          </li>
          <li>
            <Link href="/chat">Chat</Link>
          </li>
          <li>
            <Link href="/upload">Upload</Link>
          </li>
          <InstallButton />
          {user ? (
            <>
              <li>
                <NotificationBell userId={user.id} initialCount={await unreadCount(user.id)} realtime={pusherClientOptions()} />
              </li>
              <li>
                <UserMenu username={user.username} isAdmin={user.role === "ADMIN"} logOut={logOut} />
              </li>
            </>
          ) : (
            <>
              <li>
                <Link href="/login">Log in</Link>
              </li>
              <li>
                <Link href="/register" role="button">
                  Sign up
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}

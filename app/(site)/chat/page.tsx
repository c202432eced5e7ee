import type { Metadata } from "next";
import Link from "next/link";
import { sendVerificationAgain } from "@/app/(auth)/verify-email/actions";
import { EmailGate } from "@/components/email-gate";
import { Pagination } from "@/components/pagination";
import { RelativeTime } from "@/components/relative-time";
import { emailStanding } from "@/lib/auth/email-gate";
import { getCurrentUser } from "@/lib/auth/session";
import { onlineCountsByRoom } from "@/lib/chat/online";
import { listRooms } from "@/lib/chat/rooms";
import { pagedListQuery } from "@/lib/paging/list-query";
import { CreateRoomForm } from "./create-room-form";

export const metadata: Metadata = { title: "Chat", description: "Chat rooms of the collective: talk with other artists in real time." };

function onlineLabel(count: number): string {
  return count === 0 ? "nobody online" : `${count} online`;
}

export default async function ChatPage({ searchParams }: PageProps<"/chat">) {
  const { page } = pagedListQuery.parse(await searchParams);
  const [viewer, rooms, online] = await Promise.all([getCurrentUser(), listRooms(page), onlineCountsByRoom()]);
  const standing = viewer && (await emailStanding(viewer.id));
  const now = new Date();
  return (
    <>
      <header className="page-intro">
        <hgroup>
          <h1>Chat</h1>
          <p>Rooms where the collective talks in real time.</p>
        </hgroup>
      </header>
      <div className="chat-lobby">
        <section aria-labelledby="rooms-heading">
          <h2 id="rooms-heading" className="visually-hidden">
            Rooms
          </h2>
          {rooms.items.length === 0 ? (
            <p className="empty-state">No rooms yet.</p>
          ) : (
            <ul className="room-list">
              {rooms.items.map((room) => (
                <li key={room.id} className="room-card">
                  <h3>
                    <Link href={`/chat/${room.slug}`}>{room.name}</Link>
                  </h3>
                  {room.description && <p className="room-description">{room.description}</p>}
                  <p className="room-facts">
                    {/* Counts are left out, not guessed, when the realtime server does not answer. */}
                    {online && <span>{onlineLabel(online.get(room.id) ?? 0)}</span>}
                    <span>
                      active <RelativeTime date={room.lastActivityAt} now={now} />
                    </span>
                    {room.locked && <span className="room-locked-badge">Locked by moderators</span>}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination list={rooms} basePath="/chat" />
        </section>
        <section aria-labelledby="new-room-heading" className="new-room">
          <h2 id="new-room-heading">Start a room</h2>
          {standing?.status === "verified" ? (
            <CreateRoomForm />
          ) : standing ? (
            <EmailGate standing={standing} action="start chat rooms" resend={sendVerificationAgain} />
          ) : (
            <p>
              <Link href="/login?callbackUrl=%2Fchat">Log in</Link> or <Link href="/register">sign up</Link> to start a room and chat.
            </p>
          )}
        </section>
      </div>
    </>
  );
}

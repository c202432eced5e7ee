import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { listMessages } from "@/lib/chat/messages";
import { getRoomBySlug } from "@/lib/chat/rooms";
import { pusherClientOptions } from "@/lib/realtime/config";
import { roomSlugSchema } from "@/lib/chat/schemas";
import { ChatRoom } from "./chat-room";

const roomOf = cache(async (slug: string) => (roomSlugSchema.safeParse(slug).success ? getRoomBySlug(slug) : null));

export async function generateMetadata({ params }: PageProps<"/chat/[slug]">): Promise<Metadata> {
  const room = await roomOf((await params).slug);
  if (!room) return { title: "Room not found" };
  return { title: `${room.name} · Chat`, description: room.description || `The ${room.name} chat room on Artist Collective.` };
}

export default async function ChatRoomPage({ params }: PageProps<"/chat/[slug]">) {
  const { slug } = await params;
  const [room, viewer] = await Promise.all([roomOf(slug), getCurrentUser()]);
  if (!room) notFound();
  const firstPage = await listMessages(room.id);
  const canPost = viewer !== null && !room.locked;
  return (
    <div className="chat-room-page">
      <header className="chat-room-header">
        <p>
          <Link href="/chat">All rooms</Link>
        </p>
        <hgroup>
          <h1>{room.name}</h1>
          {room.description && <p className="chat-room-description">{room.description}</p>}
        </hgroup>
      </header>
      {room.locked && (
        <p role="status" className="notice room-locked-notice">
          <strong>Locked by moderators.</strong> You can read this room, but no one can send messages in it.
        </p>
      )}
      <ChatRoom
        room={{ id: room.id, slug: room.slug }}
        initialPage={firstPage}
        viewerId={viewer?.id ?? null}
        realtime={canPost ? pusherClientOptions() : null}
      />
      {!viewer && (
        <p className="chat-join-prompt">
          <Link href={`/login?callbackUrl=${encodeURIComponent(`/chat/${room.slug}`)}`}>Log in</Link> or{" "}
          <Link href="/register">sign up</Link> to join the conversation.
        </p>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ModerationForm } from "@/components/admin/moderation-form";
import { Pagination } from "@/components/pagination";
import { RelativeTime } from "@/components/relative-time";
import { listRoomsForAdmin } from "@/lib/moderation/content/queries";
import { requireAdmin } from "@/lib/moderation/guard";
import { pagedListQuery } from "@/lib/paging/list-query";
import { deleteRoomAction, lockRoomAction, unlockRoomAction } from "./actions";

export const metadata: Metadata = { title: "Rooms" };

const plural = (count: number, noun: string) => `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;

export default async function AdminRoomsPage({ searchParams }: PageProps<"/admin/rooms">) {
  await requireAdmin();
  const list = await listRoomsForAdmin(pagedListQuery.parse(await searchParams));
  const now = new Date();
  return (
    <>
      <h2>Rooms</h2>
      <p className="content-count">{plural(list.total, "room")}, the latest active first.</p>
      {list.items.length === 0 ? (
        <p className="empty-state">No rooms yet.</p>
      ) : (
        <ol className="content-list">
          {list.items.map((room) => (
            <li key={room.id} className="content-item">
              <h3 className="content-title">
                <Link href={`/chat/${room.slug}`}>{room.name}</Link>
                {room.lockedAt && <span className="room-locked-badge">Locked</span>}
              </h3>
              <p className="content-meta">
                {plural(room.messageCount, "message")} · active <RelativeTime date={room.lastActivityAt} now={now} /> · started by{" "}
                {room.createdBy ? <Link href={`/admin/members/${room.createdBy.id}`}>{room.createdBy.name}</Link> : "a deleted account"}
                {room.lockedAt && (
                  <>
                    {" "}
                    · locked <RelativeTime date={room.lockedAt} now={now} />
                  </>
                )}
              </p>
              <RoomActions roomId={room.id} locked={room.lockedAt !== null} />
            </li>
          ))}
        </ol>
      )}
      <Pagination list={list} basePath="/admin/rooms" />
    </>
  );
}

const LOCK_FORMS = {
  lock: { action: lockRoomAction, label: "Lock room" },
  unlock: { action: unlockRoomAction, label: "Unlock room" },
} as const;

function RoomActions({ roomId, locked }: { roomId: string; locked: boolean }) {
  const fields = { roomId };
  const lock = locked ? "unlock" : "lock";
  const { action, label } = LOCK_FORMS[lock];
  return (
    <div className="content-actions">
      {/* Keyed: a lock's answer must not linger in the unlock form that replaces it. */}
      <ModerationForm
        key={lock}
        action={action}
        fields={fields}
        label={label}
        idPrefix={`${lock}-${roomId}`}
        reason="optional"
        summary={`${label}…`}
      />
      <ModerationForm
        action={deleteRoomAction}
        fields={fields}
        label="Delete room"
        idPrefix={`delete-${roomId}`}
        reason="optional"
        summary="Delete room and its messages…"
        destructive
      />
    </div>
  );
}

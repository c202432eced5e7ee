import { Avatar } from "@/components/avatar";
import type { RoomMember } from "./use-room-channel";

/** Who is in the room now, as the realtime server knows them (the details were signed from the database). */
export function PresenceList({ members, viewerId }: { members: RoomMember[]; viewerId: string }) {
  return (
    <ul className="presence-list">
      {members.map(({ id, info }) => (
        <li key={id}>
          {info.avatarUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a 64 px square from our own media route, cached for a year
            <img className="avatar" src={info.avatarUrl} alt="" width={28} height={28} />
          ) : (
            <Avatar author={{ username: info.username, name: info.name, avatar: null }} size={28} />
          )}
          <span>
            {info.name}
            {id === viewerId && <span className="presence-you"> (you)</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Avatar } from "@/components/avatar";
import { Pagination } from "@/components/pagination";
import { requireUser } from "@/lib/auth/session";
import { listBlocked } from "@/lib/blocks/blocks";
import { pagedListQuery } from "@/lib/paging/list-query";
import { unblockAMember } from "../../following/actions";
import "../../following/follows.css";

export const metadata: Metadata = { title: "Blocked members" };

const SETTINGS_PATH = "/settings/blocked";

export default async function BlockedMembersPage({ searchParams }: PageProps<"/settings/blocked">) {
  const user = await requireUser(SETTINGS_PATH);
  const { page } = pagedListQuery.parse(await searchParams);
  const list = await listBlocked(user.id, page);
  return (
    <>
      <h2>Blocked members</h2>
      <p>
        Members you blocked cannot follow you or comment on your artwork, and neither of you sees the other’s art in lists. Block someone
        from their profile.
      </p>
      {list.total === 0 ? (
        <p className="empty-state">You have not blocked anyone.</p>
      ) : (
        <ul className="member-list">
          {list.items.map((member) => (
            <li key={member.id}>
              <Avatar author={member} size={40} />
              <Link className="member-name" href={member.href}>
                {member.name}
              </Link>
              <ActionButton
                action={unblockAMember}
                fields={{ memberId: member.id }}
                label={`Unblock ${member.name}`}
                className="secondary outline"
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination list={list} basePath={SETTINGS_PATH} />
    </>
  );
}

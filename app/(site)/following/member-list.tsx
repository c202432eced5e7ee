import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/action-button";
import { Avatar } from "@/components/avatar";
import { Pagination } from "@/components/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import type { FollowListMember } from "@/lib/follows/lists";
import { decodePathSegment } from "@/lib/http/path-segments";
import type { Page } from "@/lib/paging/page";
import { pagedListQuery, type SearchParams } from "@/lib/paging/list-query";
import { getProfile, type Profile } from "@/lib/users/profiles";
import { removeMyFollower } from "./actions";
import "./follows.css";

type Kind = "followers" | "following";

/** /u/[username]/followers and /following: the profile's members, newest first; the owner may remove followers. */
export async function MemberListPage({
  kind,
  segment,
  searchParams,
  list,
}: {
  kind: Kind;
  segment: string;
  searchParams: SearchParams;
  list: (memberId: string, page: number) => Promise<Page<FollowListMember>>;
}) {
  const username = decodePathSegment(segment);
  const profile = username === null ? null : await getProfile(username);
  if (!profile) notFound();
  const { page } = pagedListQuery.parse(searchParams);
  const [members, viewer] = await Promise.all([list(profile.id, page), getCurrentUser()]);
  const own = viewer?.id === profile.id;
  return (
    <>
      <hgroup>
        <h1>{kind === "followers" ? `${profile.name}’s followers` : `Whom ${profile.name} follows`}</h1>
        <p>
          <Link href={profile.href}>Back to {profile.name}’s profile</Link>
        </p>
      </hgroup>
      {members.total === 0 ? (
        <p className="empty-state">{emptyMessage(kind, profile, own)}</p>
      ) : (
        <ul className="member-list">
          {members.items.map((member) => (
            <li key={member.id}>
              <Avatar author={member} size={40} />
              <Link className="member-name" href={member.href}>
                {member.name}
                {member.name !== member.username && <small> @{member.username}</small>}
              </Link>
              {own && kind === "followers" && (
                <ActionButton
                  action={removeMyFollower}
                  fields={{ followerId: member.id }}
                  label={`Remove follower ${member.name}`}
                  className="secondary outline"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination list={members} basePath={`${profile.href}/${kind}`} />
    </>
  );
}

function emptyMessage(kind: Kind, profile: Profile, own: boolean): string {
  if (kind === "followers") return own ? "Nobody follows you yet." : `Nobody follows ${profile.name} yet.`;
  return own ? "You do not follow anyone yet." : `${profile.name} does not follow anyone yet.`;
}

import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import type { SessionUser } from "@/lib/auth/session";
import { relationshipWith } from "@/lib/follows/follows";
import type { Profile } from "@/lib/users/profiles";
import { blockAMember, unblockAMember } from "./actions";
import { FollowControl } from "./follow-control";
import "./follows.css";

const count = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;

/** Under a profile's name: follower and following counts (linking to their lists), Follow, and Block behind a confirm step. */
export async function ProfileRelations({ profile, viewer }: { profile: Profile; viewer: SessionUser | null }) {
  const relationship = viewer && viewer.id !== profile.id ? await relationshipWith(viewer.id, profile.id) : null;
  const member = { id: profile.id, name: profile.name };
  return (
    <div className="profile-relations">
      <p className="follow-counts">
        <Link href={`${profile.href}/followers`}>{count(profile.followerCount, "follower")}</Link>
        {" · "}
        <Link href={`${profile.href}/following`}>{profile.followingCount.toLocaleString("en")} following</Link>
      </p>
      {!relationship?.blocking && (
        <FollowControl member={member} viewer={viewer} following={relationship?.following ?? false} returnTo={profile.href} />
      )}
      {relationship &&
        (relationship.blocking ? (
          <ActionButton
            action={unblockAMember}
            fields={{ memberId: profile.id }}
            label={`Unblock ${profile.name}`}
            className="secondary outline"
          />
        ) : (
          <details className="block-confirm">
            <summary>Block…</summary>
            <p>
              {profile.name} will no longer be able to follow you or comment on your artwork, you will stop following each other, and
              neither of you will see the other’s art in lists.
            </p>
            <ActionButton action={blockAMember} fields={{ memberId: profile.id }} label={`Block ${profile.name}`} className="contrast" />
          </details>
        ))}
    </div>
  );
}

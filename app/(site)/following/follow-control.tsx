import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import type { SessionUser } from "@/lib/auth/session";
import { relationshipWith } from "@/lib/follows/follows";
import { followMember, unfollowMember } from "./actions";
import "./follows.css";

type FollowControlProps = {
  member: { id: string; name: string };
  viewer: Pick<SessionUser, "id"> | null;
  following: boolean;
  /** Where a visitor comes back to after logging in. */
  returnTo: string;
};

/** Follow or Unfollow as a one-button form (works without JavaScript); nothing for yourself, a log-in link for visitors. */
export function FollowControl({ member, viewer, following, returnTo }: FollowControlProps) {
  if (viewer?.id === member.id) return null;
  if (!viewer) {
    return (
      <Link className="follow-login" href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`}>
        Log in to follow
      </Link>
    );
  }
  return following ? (
    <ActionButton
      action={unfollowMember}
      fields={{ memberId: member.id }}
      label={`Unfollow ${member.name}`}
      className="secondary outline follow-button"
    />
  ) : (
    <ActionButton action={followMember} fields={{ memberId: member.id }} label={`Follow ${member.name}`} className="follow-button" />
  );
}

/** The control beside an author's name (artwork pages): looks up whether the viewer follows them; nothing while the viewer blocks them. */
export async function AuthorFollowControl({ member, viewer, returnTo }: Omit<FollowControlProps, "following">) {
  const relationship = viewer && viewer.id !== member.id ? await relationshipWith(viewer.id, member.id) : null;
  if (relationship?.blocking) return null;
  return <FollowControl member={member} viewer={viewer} following={relationship?.following ?? false} returnTo={returnTo} />;
}

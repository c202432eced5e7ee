import type { Metadata } from "next";
import { listFollowing } from "@/lib/follows/lists";
import { MemberListPage } from "../../../following/member-list";

export const metadata: Metadata = { title: "Following", robots: { index: false } };

export default async function FollowingListPage({ params, searchParams }: PageProps<"/u/[username]/following">) {
  return <MemberListPage kind="following" segment={(await params).username} searchParams={await searchParams} list={listFollowing} />;
}

import type { Metadata } from "next";
import { listFollowers } from "@/lib/follows/lists";
import { MemberListPage } from "../../../following/member-list";

export const metadata: Metadata = { title: "Followers", robots: { index: false } };

export default async function FollowersPage({ params, searchParams }: PageProps<"/u/[username]/followers">) {
  return <MemberListPage kind="followers" segment={(await params).username} searchParams={await searchParams} list={listFollowers} />;
}

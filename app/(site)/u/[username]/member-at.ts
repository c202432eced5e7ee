import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { decodePathSegment } from "@/lib/http/path-segments";
import { getProfile, type Profile } from "@/lib/users/profiles";

/** The member a profile sub-page's address names (decoded as the profile page does: see there), or "not found". */
export const memberAt = cache(async (segment: string): Promise<Profile> => {
  const username = decodePathSegment(segment);
  const profile = username === null ? null : await getProfile(username);
  if (!profile) notFound();
  return profile;
});

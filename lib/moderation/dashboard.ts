import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { db } from "@/lib/db";

const LATEST = 5;

/** The dashboard's figures and the latest arrivals; 404 for anyone but an admin. */
export async function dashboardSummary(now = new Date()) {
  await requireAdmin();
  const [members, bannedMembers, artwork, hiddenArtwork, comments, rooms, openReports, latestMembers, latestArtwork] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { bannedAt: { not: null }, OR: [{ bannedUntil: null }, { bannedUntil: { gt: now } }] } }),
    db.artwork.count(),
    db.artwork.count({ where: { hiddenAt: { not: null } } }),
    db.comment.count(),
    db.chatRoom.count(),
    db.report.count({ where: { status: "OPEN" } }),
    db.user.findMany({ orderBy: { createdAt: "desc" }, take: LATEST, select: { id: true, username: true, createdAt: true } }),
    db.artwork.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LATEST,
      select: { id: true, title: true, createdAt: true, hiddenAt: true, author: { select: { id: true, username: true } } },
    }),
  ]);
  return {
    counts: { members, bannedMembers, artwork, hiddenArtwork, comments, rooms, openReports },
    latestMembers,
    latestArtwork,
  };
}

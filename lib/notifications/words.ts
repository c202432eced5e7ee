import type { NotificationType } from "@/lib/notifications/types";

/** A group of notifications as the list and the mail tell it: the newest first. */
export type GroupFacts = {
  type: NotificationType;
  /** The members who acted, newest first, each once, by the name shown. */
  actors: { name: string; username: string }[];
  /** How many rows the group holds (for new artwork: how many works). */
  count: number;
  artwork: { id: string; title: string } | null;
  commentId: string | null;
  excerpt: string;
  reason: string;
  /** For a report's outcome: what it says in the reporter's list. */
  outcome: string;
  /** For a moderators' decision: "hidden", "unhidden", "deleted" or "comment-deleted". */
  action: string;
  /** Whose notifications these are, for links to their own pages. */
  recipientUsername: string;
};

export type GroupWords = { sentence: string; href: string };

const profile = (username: string) => `/u/${encodeURIComponent(username)}`;
const quoted = (text: string) => `“${text}”`;

/** "Ada", "Ada and Bo", "Ada and 4 others". */
export function actorsInWords(actors: { name: string }[]): string {
  const [first, second] = actors;
  if (!first) return "Someone";
  if (actors.length === 1) return first.name;
  if (actors.length === 2) return `${first.name} and ${second.name}`;
  const others = actors.length - 1;
  return `${first.name} and ${others} others`;
}

function moderationWords(facts: GroupFacts): GroupWords {
  const reason = facts.reason ? ` Reason: ${facts.reason}` : "";
  const title = quoted(facts.artwork?.title ?? facts.excerpt);
  switch (facts.action) {
    case "hidden":
      return {
        sentence: `Moderators hid your artwork ${title}; only you can see it now.${reason}`,
        href: facts.artwork ? `/art/${facts.artwork.id}` : "/settings/artwork",
      };
    case "unhidden":
      return {
        sentence: `Moderators made your artwork ${title} visible again.${reason}`,
        href: facts.artwork ? `/art/${facts.artwork.id}` : "/settings/artwork",
      };
    case "comment-deleted":
      return { sentence: `Moderators deleted your comment ${quoted(facts.excerpt)}.${reason}`, href: "/notifications" };
    default:
      return { sentence: `Moderators deleted your artwork ${title}.${reason}`, href: "/settings/artwork" };
  }
}

/** What one group says, and where opening it leads: always somewhere its reader may see. */
export function describeGroup(facts: GroupFacts): GroupWords {
  const who = actorsInWords(facts.actors);
  const art = facts.artwork;
  const artHref = art ? `/art/${art.id}` : "/notifications";
  const title = quoted(art?.title ?? facts.excerpt);
  switch (facts.type) {
    case "COMMENT":
      return { sentence: `${who} commented on ${title}: ${quoted(facts.excerpt)}`, href: `${artHref}#comment-${facts.commentId}` };
    case "MENTION":
      return {
        sentence: `${who} mentioned you in a comment on ${title}: ${quoted(facts.excerpt)}`,
        href: `${artHref}#comment-${facts.commentId}`,
      };
    case "FOLLOW":
      return {
        sentence: `${who} followed you.`,
        href: facts.actors.length === 1 ? profile(facts.actors[0].username) : `${profile(facts.recipientUsername)}/followers`,
      };
    case "FAVOURITE":
      return { sentence: `${who} favourited ${title}.`, href: artHref };
    case "RATING":
      return { sentence: `${who} rated ${title}.`, href: artHref };
    case "NEW_ARTWORK":
      return facts.count === 1
        ? { sentence: `${who} shared ${title}.`, href: artHref }
        : {
            sentence: `${who} shared ${facts.count} new artworks.`,
            href: facts.actors[0] ? profile(facts.actors[0].username) : "/following",
          };
    case "REPORT_OUTCOME":
      return { sentence: `Moderators reviewed your report about ${quoted(facts.excerpt)}: ${facts.outcome}.`, href: "/settings/reports" };
    case "MODERATION":
      return moderationWords(facts);
  }
}

import type { NotificationType } from "@/lib/notifications/types";

/** What a notification is about: the member who acted and the thing they acted on, as far as its type has them. */
export type NotificationSubject = {
  type: NotificationType;
  actorId?: string | null;
  artworkId?: string | null;
  commentId?: string | null;
  reportId?: string | null;
  /** For the moderators' decisions: what they did ("hidden", "deleted"), each one told on its own... */
  action?: string;
  /** ...and to what: the artwork's or comment's id, which may be gone already. */
  subjectId?: string;
};

export type NotificationKeys = { groupKey: string; causeKey: string };

/** The UTC day: a day's ratings of one artwork read as one line, the next day's as another. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * How notifications group and when one is the same as another. Ratings and
 * favourites group per artwork per day, new followers per day, new artwork
 * per artist per day; a comment, a mention, a report's outcome and each
 * moderators' decision stand alone. The cause key makes a repeat of the same
 * cause (rating again, favouriting again) add nothing.
 */
export function notificationKeys(subject: NotificationSubject, at: Date): NotificationKeys {
  const day = dayOf(at);
  const { actorId, artworkId, commentId, reportId } = subject;
  switch (subject.type) {
    case "COMMENT":
      return { groupKey: `comment:${commentId}`, causeKey: `comment:${commentId}` };
    case "MENTION":
      return { groupKey: `mention:${commentId}`, causeKey: `mention:${commentId}` };
    case "FOLLOW":
      return { groupKey: `follow:${day}`, causeKey: `follow:${actorId}` };
    case "FAVOURITE":
      return { groupKey: `favourite:${artworkId}:${day}`, causeKey: `favourite:${artworkId}:${actorId}` };
    case "RATING":
      return { groupKey: `rating:${artworkId}:${day}`, causeKey: `rating:${artworkId}:${actorId}` };
    case "NEW_ARTWORK":
      return { groupKey: `new-artwork:${actorId}:${day}`, causeKey: `new-artwork:${artworkId}` };
    case "REPORT_OUTCOME":
      return { groupKey: `report:${reportId}`, causeKey: `report:${reportId}` };
    case "MODERATION": {
      const key = `moderation:${subject.action}:${subject.subjectId}:${at.getTime()}`;
      return { groupKey: key, causeKey: key };
    }
  }
}

/** What the moderators did, from a MODERATION row's cause key; empty for any other type. */
export function moderationActionOf(causeKey: string): string {
  const [prefix, action] = causeKey.split(":");
  return prefix === "moderation" ? (action ?? "") : "";
}

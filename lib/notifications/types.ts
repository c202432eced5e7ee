/* Shared with the settings form in the browser: plain constants, nothing from the server. */

/** What a member can be told of, in the order the settings table lists them. */
export const NOTIFICATION_TYPES = [
  "COMMENT",
  "MENTION",
  "FOLLOW",
  "FAVOURITE",
  "RATING",
  "NEW_ARTWORK",
  "REPORT_OUTCOME",
  "MODERATION",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** How a type reaches the member by mail: not at all, in its own mail, or in the day's digest. */
export const MAIL_CHOICES = ["NONE", "INSTANT", "DIGEST"] as const;
export type MailChoice = (typeof MAIL_CHOICES)[number];

export type NotificationChoice = { inSite: boolean; mail: MailChoice };

export const TYPE_LABELS: Record<NotificationType, string> = {
  COMMENT: "Comments on your art",
  MENTION: "Replies and @mentions",
  FOLLOW: "New followers",
  FAVOURITE: "Favourites of your art",
  RATING: "Ratings of your art",
  NEW_ARTWORK: "New art from artists you follow",
  REPORT_OUTCOME: "Outcomes of your reports",
  MODERATION: "Moderators' decisions about your work",
};

export const MAIL_CHOICE_LABELS: Record<MailChoice, string> = { NONE: "No mail", INSTANT: "At once", DIGEST: "Daily digest" };

/** What is personal or needs acting on comes at once; the rest waits for the day's digest. */
export const DEFAULT_CHOICES: Record<NotificationType, NotificationChoice> = {
  COMMENT: { inSite: true, mail: "DIGEST" },
  MENTION: { inSite: true, mail: "INSTANT" },
  FOLLOW: { inSite: true, mail: "DIGEST" },
  FAVOURITE: { inSite: true, mail: "DIGEST" },
  RATING: { inSite: true, mail: "DIGEST" },
  NEW_ARTWORK: { inSite: true, mail: "DIGEST" },
  REPORT_OUTCOME: { inSite: true, mail: "DIGEST" },
  MODERATION: { inSite: true, mail: "INSTANT" },
};

/** The names of the settings table's controls for one type: a checkbox (absent when unticked) and a choice of mail. */
export const choiceFieldNames = (type: NotificationType) => ({ inSite: `${type}_inSite`, mail: `${type}_mail` });

/** A moderator's decision about a member's own work is always shown in the site, whatever they chose for mail. */
export const ALWAYS_IN_SITE: ReadonlySet<NotificationType> = new Set(["MODERATION"]);

/** The private channel of one member: their bell hears of new notifications on it. */
export const MEMBER_CHANNEL_PREFIX = "private-member-";
export const memberChannel = (userId: string) => `${MEMBER_CHANNEL_PREFIX}${userId}`;
export const UNREAD_EVENT = "unread";

/** The bell stops counting here and shows "99+": the count stays one bounded read however much piles up. */
export const UNREAD_COUNT_CAP = 100;
export const unreadLabel = (count: number) => (count >= UNREAD_COUNT_CAP ? "99+" : String(count));

import "server-only";
import { env } from "@/lib/env";
import type { RateLimit } from "@/lib/rate-limit/rate-limiter";

/**
 * Every abuse limit, each one setting in the environment (lib/env-schema.ts,
 * README "Abuse limits"). The bucket names the row's limit in the database:
 * renaming one starts its counts afresh.
 */
export const LIMITS = {
  /** Per client address: each sign-up costs a full Argon2 hash. */
  signup: { bucket: "signup", ...env.RATE_LIMIT_SIGNUPS },
  /** Per account and client address: guessing one member's password from one place. */
  loginAccountAddress: { bucket: "login-account-address", ...env.RATE_LIMIT_LOGINS_PER_ACCOUNT_AND_ADDRESS },
  /** Per client address, whatever the account: trying many accounts from one place. */
  loginAddress: { bucket: "login-address", ...env.RATE_LIMIT_LOGINS_PER_ADDRESS },
  /** Per account from everywhere: the ceiling on guessing from many addresses. */
  loginAccount: { bucket: "login-account", ...env.RATE_LIMIT_LOGINS_PER_ACCOUNT },
  /** Per member: artwork and avatar uploads, each a full decode and several encodes. */
  upload: { bucket: "upload", ...env.RATE_LIMIT_UPLOADS },
  room: { bucket: "room", ...env.RATE_LIMIT_ROOMS },
  comment: { bucket: "comment", ...env.RATE_LIMIT_COMMENTS },
  report: { bucket: "report", ...env.RATE_LIMIT_REPORTS },
  chatMessage: { bucket: "chat-message", ...env.RATE_LIMIT_CHAT_MESSAGES },
  /** Per client address, whatever address is typed: one place asking for links to many inboxes. */
  passwordResetClient: { bucket: "password-reset-client", ...env.RATE_LIMIT_PASSWORD_RESETS_PER_CLIENT },
  /** Per email address typed, known or not: reset links one inbox can be sent. */
  passwordResetAddress: { bucket: "password-reset-address", ...env.RATE_LIMIT_PASSWORD_RESETS_PER_ADDRESS },
  /** Per account: reset links, whatever address was typed; a refusal looks like a success. */
  passwordResetAccount: { bucket: "password-reset-account", ...env.RATE_LIMIT_PASSWORD_RESETS_PER_ACCOUNT },
  /** Per member: confirmation links sent to new addresses, each a mail to an address of their choosing. */
  emailChange: { bucket: "email-change", ...env.RATE_LIMIT_EMAIL_CHANGES },
  /** Per member: "send the link again" mails a stranger's inbox, so it is rationed. */
  verificationMail: { bucket: "verification-mail", ...env.RATE_LIMIT_VERIFICATION_MAILS },
  /** Per member: new follows (unfollowing is free; a follow-unfollow loop is held by this). */
  follow: { bucket: "follow", ...env.RATE_LIMIT_FOLLOWS },
  /** Per member: new blocks (unblocking is free, as above). */
  block: { bucket: "block", ...env.RATE_LIMIT_BLOCKS },
} as const satisfies Record<string, RateLimit>;

/** Artwork files a member may keep in all, in bytes (decimal megabytes, as formatBytes shows them). */
export const STORAGE_QUOTA_BYTES = env.STORAGE_QUOTA_MB * 1_000_000;

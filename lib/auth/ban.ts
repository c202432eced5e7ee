/** Whether a ban is in force at `now` (a null end means it never expires). */
export function isBanActive(user: { bannedAt: Date | null; bannedUntil: Date | null }, now = new Date()): boolean {
  if (!user.bannedAt) return false;
  return user.bannedUntil === null || user.bannedUntil > now;
}

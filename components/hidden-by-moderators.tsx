/**
 * "Hidden by moderators: <reason>", wherever the owner (or an admin) sees
 * artwork that is out of everyone else's sight: their own gallery, their
 * artwork list in settings, the artwork's page.
 */
export function HiddenByModerators({ reason }: { reason: string }) {
  return (
    <p className="hidden-by-moderators">
      <strong>Hidden by moderators</strong>
      {reason && `: ${reason}`}
    </p>
  );
}

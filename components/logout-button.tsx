/** A real form post, so logging out works without JavaScript. The page or layout passes the action. */
export function LogoutButton({ action, className }: { action: () => Promise<void>; className?: string }) {
  return (
    <form action={action}>
      <button type="submit" className={className}>
        Log out
      </button>
    </form>
  );
}

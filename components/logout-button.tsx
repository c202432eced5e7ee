import { logOut } from "@/app/(auth)/logout/actions";

/** A real form post, so logging out works without JavaScript. */
export function LogoutButton({ className }: { className?: string }) {
  return (
    <form action={logOut}>
      <button type="submit" className={className}>
        Log out
      </button>
    </form>
  );
}

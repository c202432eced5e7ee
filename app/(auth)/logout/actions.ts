"use server";

import { signOut } from "@/lib/auth/auth";
import { endAllSessions } from "@/lib/auth/accounts";
import { memberAction } from "@/lib/actions/validated-action";

/** Logging out ends every session of the member, on every device, not just this cookie. */
export const logOut = memberAction(async (user) => {
  await endAllSessions(user.id);
  await signOut({ redirectTo: "/" });
});

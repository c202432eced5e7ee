import "server-only";
import { env } from "@/lib/env";

/**
 * An absolute link to a page of the site, for a mail. Built from AUTH_URL
 * (required in production once mail is sent), never from a request's Host
 * header, which anyone can forge to send a reset link to their own site.
 */
export function siteUrl(path: string): string {
  const origin = env.AUTH_URL ? new URL(env.AUTH_URL).origin : `http://localhost:${env.PORT}`;
  return new URL(path, origin).href;
}

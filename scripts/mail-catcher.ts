/**
 * The development mail catcher on its own: `tsx scripts/mail-catcher.ts`.
 * `npm run dev` runs it through scripts/serve.ts when SMTP_URL is unset, and
 * the e2e run starts one for its server. SMTP on MAIL_CATCHER_SMTP_PORT,
 * the page of what it caught on MAIL_CATCHER_WEB_PORT, both on loopback;
 * stops on SIGINT/SIGTERM. What it catches lives in memory only.
 */
import "./load-env";
import { parseEnvOrExit } from "@/lib/env-schema";
import { startMailCatcher } from "@/lib/testing/services/mail-catcher";

/** What this process tells a parent started with an IPC channel (scripts/serve.ts) once it listens. */
export type MailCatcherReadyMessage = { mailCatcherReady: true; smtpUrl: string };

const env = parseEnvOrExit();
try {
  const catcher = await startMailCatcher({ smtpPort: env.MAIL_CATCHER_SMTP_PORT, webPort: env.MAIL_CATCHER_WEB_PORT, quiet: false });
  console.log(`Mail catcher: the app's mail is caught on ${catcher.smtpUrl} and shown on http://localhost:${catcher.webPort}`);
  process.send?.({ mailCatcherReady: true, smtpUrl: catcher.smtpUrl } satisfies MailCatcherReadyMessage);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void catcher.stop().then(() => process.exit(0)));
  }
} catch (error) {
  const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
  console.error(
    inUse
      ? `Mail catcher: port ${env.MAIL_CATCHER_SMTP_PORT} or ${env.MAIL_CATCHER_WEB_PORT} is already in use; stop what runs there or set MAIL_CATCHER_SMTP_PORT and MAIL_CATCHER_WEB_PORT.`
      : error,
  );
  process.exit(1);
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { mailCatcherPage } from "@/lib/testing/services/mail-catcher-page";

/** A mail as the catcher received it over SMTP. */
export type CaughtMail = {
  id: number;
  /** The envelope's recipients: who the SMTP client actually sent it to. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Header names in lower case, as received. */
  headers: Record<string, string>;
  receivedAt: string;
};

export type MailCatcher = {
  smtpPort: number;
  /** The page (GET /) and JSON (GET /api/mails, DELETE /api/mails) of what was caught; 0 when started without it. */
  webPort: number;
  smtpUrl: string;
  mails: CaughtMail[];
  /** Refuses the next `count` mails: 451 (temporary) as during a provider's outage, or 550 (permanent) as for a mailbox that does not exist. */
  failNext(count: number, code?: 451 | 550): void;
  stop(): Promise<void>;
};

type Options = { host?: string; smtpPort?: number; webPort?: number | null; quiet?: boolean };

const MAX_MAILS = 1_000;

/**
 * A real SMTP server on loopback that keeps what it receives in memory
 * (smtp-server and mailparser, by nodemailer's authors): development's
 * `npm run dev` shows it on a page, tests read it. No TLS and no
 * authentication: it only ever listens on this machine.
 */
export async function startMailCatcher({
  host = "127.0.0.1",
  smtpPort = 0,
  webPort = 0,
  quiet = true,
}: Options = {}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  let failures = 0;
  let failureCode = 451;
  let nextId = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const recipients = session.envelope.rcptTo.map((recipient) => recipient.address);
      simpleParser(stream)
        .then((parsed) => {
          if (failures > 0) {
            failures -= 1;
            const reason = failureCode === 451 ? "Temporary failure, try again later" : "No such mailbox here";
            const error = Object.assign(new Error(reason), { responseCode: failureCode });
            return callback(error);
          }
          // The raw lines, unfolded: mailparser's parsed forms restructure some headers (List-*, dates).
          const headers = Object.fromEntries(
            parsed.headerLines.map(({ key, line }) => [
              key.toLowerCase(),
              line
                .slice(line.indexOf(":") + 1)
                .replace(/\r?\n\s+/g, " ")
                .trim(),
            ]),
          );
          mails.push({
            id: nextId++,
            to: recipients,
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            messageId: parsed.messageId ?? "",
            headers,
            receivedAt: new Date().toISOString(),
          });
          if (mails.length > MAX_MAILS) mails.shift();
          if (!quiet) console.log(`[mail] caught "${parsed.subject ?? ""}" for ${recipients.join(", ")}`);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(smtpPort, host, () => resolve());
  });
  const boundSmtpPort = (smtp.server.address() as AddressInfo).port;
  const web = webPort === null ? null : await startWeb(host, webPort, mails);
  return {
    smtpPort: boundSmtpPort,
    webPort: web ? (web.address() as AddressInfo).port : 0,
    smtpUrl: `smtp://${host}:${boundSmtpPort}`,
    mails,
    failNext(count, code = 451) {
      failures = count;
      failureCode = code;
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (web) await new Promise<void>((resolve) => web.close(() => resolve()));
    },
  };
}

function answer(response: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...extra });
  response.end(body);
}

async function startWeb(host: string, port: number, mails: CaughtMail[]): Promise<Server> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://catcher");
    if (url.pathname === "/api/mails" && request.method === "GET") return answer(response, 200, "application/json", JSON.stringify(mails));
    if (url.pathname === "/api/mails" && request.method === "DELETE") {
      mails.length = 0;
      return answer(response, 204, "text/plain", "");
    }
    const html = /^\/mails\/(\d+)\.html$/.exec(url.pathname);
    if (html && request.method === "GET") {
      const mail = mails.find((candidate) => candidate.id === Number(html[1]));
      if (!mail) return answer(response, 404, "text/plain", "No such mail");
      // A mail's HTML is someone else's markup: shown sandboxed, with no scripts and nothing fetched.
      return answer(response, 200, "text/html; charset=utf-8", mail.html, {
        "content-security-policy": "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'",
      });
    }
    if (url.pathname === "/" && request.method === "GET") return answer(response, 200, "text/html; charset=utf-8", mailCatcherPage(mails));
    answer(response, 404, "text/plain", "Not found");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

/**
 * npm run admin:create -- --username NAME --email ADDRESS [--password PASS]
 * Creates an admin, or promotes an existing member (then --password, if
 * given, replaces theirs and ends their sessions, and --email replaces
 * their address). The address is confirmed from the start: the operator
 * typed it, and an admin without one could not upload. Never prompts, so
 * provisioning scripts can call it.
 */
import "./load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createAccount } from "@/lib/auth/accounts";
import { promoteToAdmin } from "@/lib/auth/admin-accounts";
import { db } from "@/lib/db";
import { newPasswordSchema, USERNAME_PATTERN_REGEX } from "@/lib/auth/schemas";
import { emailSchema } from "@/lib/validation/email";
import { USERNAME_MAX, USERNAME_MIN } from "@/lib/validation/form-rules";

// Reserved names are for members; an operator may well want an admin called "admin".
const argsSchema = z.object({
  username: z
    .string({ error: "--username is required" })
    .trim()
    .min(USERNAME_MIN, `--username must be at least ${USERNAME_MIN} characters`)
    .max(USERNAME_MAX, `--username must be at most ${USERNAME_MAX} characters`)
    .regex(USERNAME_PATTERN_REGEX, "--username may use only letters, digits, _ and -"),
  email: emailSchema.optional(),
  password: newPasswordSchema.optional(),
});

const optionName = (field: PropertyKey | undefined) => (field === "password" || field === "email" ? `--${field}: ` : "");

async function main() {
  const { values } = parseArgs({ options: { username: { type: "string" }, email: { type: "string" }, password: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${optionName(issue.path[0])}${issue.message}`);
    process.exit(1);
  }
  const { username, email, password } = parsed.data;
  const promoted = await promoteToAdmin(username, { newPassword: password, email });
  if (promoted) {
    if (!promoted.ok) {
      console.error(`--email: ${promoted.message}`);
      process.exit(1);
    }
    console.log(`${promoted.value.username} is now an admin${password ? "; password replaced and old sessions ended" : ""}.`);
    return;
  }
  if (!password || !email) {
    console.error(`No member named ${username}; give --email and --password to create the admin.`);
    process.exit(1);
  }
  const created = await createAccount({ username, password, email, emailVerified: true }, "ADMIN");
  if (created.ok) {
    console.log(`Created admin ${username}.`);
    return;
  }
  console.error(created.field === "email" ? `--email: ${created.message}` : `${username} was taken while we worked; run again to promote.`);
  process.exitCode = 1;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());

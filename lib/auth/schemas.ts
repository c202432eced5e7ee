/**
 * Account rules shared by the sign-up and log-in forms, their actions and
 * the CLI scripts. Messages are written for the person filling the form.
 */
import { z } from "zod";
import { emailSchema } from "@/lib/validation/email";
import { isCommonPassword } from "@/lib/validation/common-passwords";
import { nameText } from "@/lib/validation/plain-text";
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN, USERNAME_PATTERN } from "@/lib/validation/form-rules";

/** Names that would read as the site speaking, or collide with its routes. */
export const RESERVED_USERNAMES = new Set([
  "about",
  "account",
  "accounts",
  "admin",
  "administrator",
  "admins",
  "anonymous",
  "api",
  "app",
  "art",
  "artist",
  "artists",
  "artwork",
  "artworks",
  "assets",
  "auth",
  "chat",
  "collective",
  "contact",
  "dashboard",
  "delete",
  "edit",
  "everyone",
  "gallery",
  "guest",
  "help",
  "home",
  "info",
  "login",
  "logout",
  "manifest",
  "me",
  "media",
  "mod",
  "moderator",
  "moderators",
  "new",
  "null",
  "offline",
  "owner",
  "privacy",
  "profile",
  "register",
  "report",
  "reports",
  "root",
  "search",
  "security",
  "settings",
  "signin",
  "signout",
  "signup",
  "staff",
  "static",
  "support",
  "system",
  "terms",
  "undefined",
  "upload",
  "uploads",
  "user",
  "users",
  "webmaster",
  "www",
]);

export const USERNAME_PATTERN_REGEX = new RegExp(`^${USERNAME_PATTERN}$`);

/** The form of a username that uniqueness and log-in compare. */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

export const usernameSchema = nameText("username", { error: "Enter a username" })
  .min(1, { message: "Enter a username", abort: true })
  .min(USERNAME_MIN, { message: `Username must be at least ${USERNAME_MIN} characters`, abort: true })
  .max(USERNAME_MAX, { message: `Username must be at most ${USERNAME_MAX} characters`, abort: true })
  .regex(USERNAME_PATTERN_REGEX, { message: "Use only letters, digits, _ and -", abort: true })
  .refine((name) => !RESERVED_USERNAMES.has(usernameKey(name)), "This username is reserved; choose another");

export const newPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(1, { message: "Enter a password", abort: true })
  .min(PASSWORD_MIN, { message: `Password must be at least ${PASSWORD_MIN} characters`, abort: true })
  .max(PASSWORD_MAX, { message: `Password must be at most ${PASSWORD_MAX} characters`, abort: true })
  .refine((password) => !isCommonPassword(password), "This password is too common; choose one that is harder to guess");

export const registerSchema = z.object({
  username: usernameSchema,
  password: newPasswordSchema,
});

/**
 * A password being checked (not chosen) is held only to presence and a
 * generous bound: it must not reveal the sign-up rules, and the bound keeps
 * hostile megabyte fields from being hashed.
 */
export const existingPasswordSchema = z
  .string({ error: "Enter your password" })
  .min(1, "Enter your password")
  .max(1024, "That password is too long");

export const loginSchema = z.object({
  username: z.string({ error: "Enter your username" }).trim().min(1, "Enter your username").max(200, "That username is too long"),
  password: existingPasswordSchema,
});

export const USERNAME_TAKEN_MESSAGE = "This username is taken; choose another";

export const changeUsernameSchema = z.object({ username: usernameSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: existingPasswordSchema,
    newPassword: newPasswordSchema,
    repeatPassword: z.string({ error: "Type the new password again" }).min(1, "Type the new password again"),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one",
  })
  .refine((input) => input.repeatPassword === input.newPassword, {
    path: ["repeatPassword"],
    message: "This does not match the new password",
  });

/** A mailed link's token as a form carries it back; its checks are the token's own (lib/auth/account-tokens.ts). */
export const linkTokenSchema = z.object({ token: z.string({ error: "This link is not valid." }).max(200, "This link is not valid.") });

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = linkTokenSchema
  .extend({
    password: newPasswordSchema,
    repeatPassword: z.string({ error: "Type the new password again" }).min(1, "Type the new password again"),
  })
  .refine((input) => input.repeatPassword === input.password, {
    path: ["repeatPassword"],
    message: "This does not match the new password",
  });

export const changeEmailSchema = z.object({ currentPassword: existingPasswordSchema, email: emailSchema });

export const deleteAccountSchema = z.object({
  password: existingPasswordSchema,
  confirm: z.literal("on", { error: "Tick this box to confirm" }),
});

export type RegisterInput = z.infer<typeof registerSchema>;
export type LoginInput = z.infer<typeof loginSchema>;

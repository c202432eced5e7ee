import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate, loginAccountKey } from "@/lib/auth/authenticate";
import { clientAddressOf } from "@/lib/http/request-address";
import { isKnownDevice } from "@/lib/auth/known-device";
import { encodeRefusal } from "@/lib/auth/refusal";
import { env } from "@/lib/env";
import { loginSchema } from "@/lib/auth/schemas";

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** Failed log-ins and stale cookies are expected traffic, not server errors. */
const QUIET_ERRORS = new Set(["CredentialsSignin", "JWTSessionError"]);

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: env.AUTH_TRUST_HOST,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    error(error) {
      if (QUIET_ERRORS.has((error as { type?: string }).type ?? "")) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { username: { label: "Username or email" }, password: { label: "Password", type: "password" } },
      async authorize(rawCredentials, request) {
        const credentials = loginSchema.safeParse(rawCredentials);
        if (!credentials.success) throw new SignInRefused("invalid");
        const accountKey = await loginAccountKey(credentials.data.username);
        const client = { address: clientAddressOf(request.headers), knownDevice: await isKnownDevice(accountKey) };
        const result = await authenticate(credentials.data, client);
        if (!result.ok) throw new SignInRefused(encodeRefusal(result));
        return { id: result.user.id, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token holds only who and which session generation; everything
    // else is read fresh from the database (lib/auth/session.ts).
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.uid, sessionVersion: token.sv };
    },
  },
});

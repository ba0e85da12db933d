import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { headers } from "next/headers";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import { SESSION_DAYS } from "@/lib/auth/session-lifetime";
import { localeOfPath, signInConfirmationUrl } from "@/lib/auth/sign-in-link";
import { consumeSignInAttempt } from "@/lib/auth/sign-in-limits";
import { consumeVerificationToken } from "@/lib/auth/verification-tokens";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { getMailTranslator } from "@/lib/i18n/mail-translator";
import { sendMail } from "@/lib/mail/send-mail";
import { getRegion } from "@/lib/region/region";

// Auth.js v5: e-mail magic links, database sessions (docs/decisions/009-magic-links-signed-links-rate-limits.md,
// 011-sessions-sign-in-button-csp.md). Links expire after 30 minutes and are single-use (the verification token
// is deleted when it is used); they open a page with a "Sign in" button (lib/auth/sign-in-link.ts).

export const SIGN_IN_LINK_MINUTES = 30;

const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "E-Mail",
  from: env.MAIL_FROM,
  maxAge: SIGN_IN_LINK_MINUTES * 60,
  server: {},
  options: {},
  async sendVerificationRequest({ identifier, token, url: callbackUrl }) {
    const url = signInConfirmationUrl(token, new URL(callbackUrl).searchParams.get("callbackUrl"));
    const locale = localeOfPath(new URL(url).pathname);
    const t = getMailTranslator(locale);
    await prisma.user.updateMany({ where: { email: identifier }, data: { locale } });
    await sendMail({
      kind: "sign-in",
      to: identifier,
      subject: t("signIn.subject", { site: getRegion().name }),
      text: t("signIn.text", { url, minutes: SIGN_IN_LINK_MINUTES }),
    });
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: { ...PrismaAdapter(prisma), useVerificationToken: consumeVerificationToken },
  secret: env.AUTH_SECRET,
  trustHost: true,
  // Admins' sessions end sooner: lib/auth/session.ts (docs/decisions/011-sessions-sign-in-button-csp.md).
  session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
  providers: [emailProvider],
  pages: { signIn: "/anmelden", verifyRequest: "/anmelden/pruefen", error: "/anmelden/fehler" },
  callbacks: {
    async signIn({ user, email }) {
      // Called before a link is sent (verificationRequest) and again when it is used.
      if (email?.verificationRequest && user.email) consumeSignInAttempt(user.email, clientKeyFrom(await headers()));
      return true;
    },
    session({ session, user }) {
      // Only what the app reads: the session token and the database row stay out of /api/auth/session.
      const { createdAt } = session as { createdAt?: Date };
      return {
        user: { id: user.id, email: user.email, name: user.name },
        expires: session.expires,
        signedInAt: createdAt?.toISOString(),
      };
    },
  },
  logger: {
    // Auth.js logs expected failures (a reused link) as errors with stack traces; keep them short.
    error(error) {
      console.warn(`[auth] ${(error as { type?: string }).type ?? error.name}: ${error.message.split("Read more")[0]}`);
    },
  },
});

declare module "next-auth" {
  interface Session {
    /** ISO time of the sign-in that created this session (Session.createdAt). */
    signedInAt?: string;
  }
}

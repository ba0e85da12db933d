import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { headers } from "next/headers";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import { consumeSignInAttempt } from "@/lib/auth/sign-in-limits";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { getMailTranslator } from "@/lib/i18n/mail-translator";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send-mail";
import { getRegion } from "@/lib/region/region";

// Auth.js v5: e-mail magic links, database sessions (docs/decisions/009-magic-links-signed-links-rate-limits.md). Links expire
// after 30 minutes and are single-use (the adapter deletes the verification token when it is used).

export const SIGN_IN_LINK_MINUTES = 30;

/** The UI locale the person was using, read from the callback URL's first path segment ("/ar/dashboard"). */
function localeOfLink(url: string): string {
  const callbackUrl = new URL(url).searchParams.get("callbackUrl") ?? "";
  const segment = new URL(callbackUrl, env.PUBLIC_URL).pathname.split("/")[1] ?? "";
  return isLocale(segment) ? segment : defaultLocale;
}

/** The link as sent: on PUBLIC_URL, never on the Host header of the request that asked for it. */
function onPublicOrigin(url: string): string {
  const link = new URL(url);
  const publicOrigin = new URL(env.PUBLIC_URL);
  link.protocol = publicOrigin.protocol;
  link.host = publicOrigin.host;
  return link.toString();
}

const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "E-Mail",
  from: env.MAIL_FROM,
  maxAge: SIGN_IN_LINK_MINUTES * 60,
  server: {},
  options: {},
  async sendVerificationRequest({ identifier, url: requestUrl }) {
    const url = onPublicOrigin(requestUrl);
    const locale = localeOfLink(url);
    const t = getMailTranslator(locale);
    await prisma.user.updateMany({ where: { email: identifier }, data: { locale } });
    await sendMail({
      to: identifier,
      subject: t("signIn.subject", { site: getRegion().name }),
      text: t("signIn.text", { url, minutes: SIGN_IN_LINK_MINUTES }),
    });
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
  providers: [emailProvider],
  pages: { signIn: "/anmelden", verifyRequest: "/anmelden/pruefen", error: "/anmelden/fehler" },
  callbacks: {
    async signIn({ user, email }) {
      // Called before a link is sent (verificationRequest) and again when it is used.
      if (email?.verificationRequest && user.email) consumeSignInAttempt(user.email, clientKeyFrom(await headers()));
      return true;
    },
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
  logger: {
    // Auth.js logs expected failures (a reused link) as errors with stack traces; keep them short.
    error(error) {
      console.warn(`[auth] ${(error as { type?: string }).type ?? error.name}: ${error.message.split("Read more")[0]}`);
    },
  },
});

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { listDevMails } from "@/lib/mail/dev-mailbox";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "DevMailbox" });
  return { title: t("title"), robots: { index: false } };
}

/** Splits mail text into text and links, so the links can be followed (never rendered as HTML). */
function withLinks(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function DevMailboxPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const mailbox = await listDevMails();
  if (!mailbox) notFound();
  const { mails, onlyDemoAccounts } = mailbox;
  const t = await getTranslations("DevMailbox");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="notice">{t("intro")}</p>
      {onlyDemoAccounts ? (
        <p className="notice notice--warning" role="status">
          {t("publicDemo")}
        </p>
      ) : null}
      {mails.length === 0 ? <p>{t("empty")}</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="card mail" aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`}>{mail.subject}</h2>
          <p className="meta">
            {t("to")}: {mail.to} · {t("sentAt")}:{" "}
            <time dateTime={mail.createdAt}>
              {format.dateTime(new Date(mail.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
            </time>
          </p>
          <pre className="mail__text">{withLinks(mail.text)}</pre>
        </article>
      ))}
    </>
  );
}

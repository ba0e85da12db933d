import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { listOpenAccessibilityFeedback } from "@/lib/feedback/accessibility-feedback";
import { Link } from "@/lib/i18n/navigation";
import { markFeedbackHandledAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "FeedbackTasks" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccessibilityFeedbackTasksPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/rueckmeldungen");
  if (!can(actor, "review:decide")) notFound();
  const tasks = await listOpenAccessibilityFeedback(actor);
  const t = await getTranslations("FeedbackTasks");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/verwaltung">{t("back")}</Link>
      </p>
      {tasks.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="card-list">
        {tasks.map((task) => (
          <li key={task.id} id={task.id} className="card">
            <p className="meta">
              {t("receivedOn", { date: format.dateTime(task.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              {task.pageUrl ? ` · ${t("page", { page: task.pageUrl })}` : null}
            </p>
            <blockquote lang={task.locale}>{task.message}</blockquote>
            <p>
              {task.email ? <a href={`mailto:${task.email}`}>{t("reply", { email: task.email })}</a> : t("noReply")}
            </p>
            <ActionButton
              action={markFeedbackHandledAction.bind(null, task.id)}
              label={t("handled")}
              done={t("done")}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

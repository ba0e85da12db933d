import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/i18n/language-names";
import { textDirection } from "@/lib/i18n/locales";
import { getTranslationForEdit } from "@/lib/offers/edit-queries";
import { contentLocales, type ContentLocale } from "@/lib/offers/schemas";
import { DomainError } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { deleteTranslationAction, saveTranslationAction } from "../../../actions";
import { TranslationForm } from "./translation-form";

type Props = { params: Promise<{ locale: string; offerId: string; lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "TranslationEditor" });
  return { title: t("title") };
}

export default async function TranslationEditorPage({ params }: Props) {
  const { locale, offerId, lang } = await params;
  setRequestLocale(locale);
  if (!(contentLocales as readonly string[]).includes(lang) || !recordIdSchema.safeParse(offerId).success) notFound();
  const target = lang as ContentLocale;
  const actor = await getPageActor(locale, `/dashboard/angebote/${offerId}/uebersetzungen/${target}`);
  const data = await getTranslationForEdit(actor, offerId, target).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  const t = await getTranslations("TranslationEditor");
  const language = languageName(target, locale).name;
  return (
    <>
      <p>
        <Link href={`/dashboard/angebote/${offerId}`}>{t("back")}</Link>
      </p>
      <h1>{t("heading", { language })}</h1>
      {data.translation?.isOutdated ? <p className="notice notice--alert">{t("outdatedNotice")}</p> : null}
      <TranslationForm
        action={saveTranslationAction.bind(null, offerId, target)}
        source={data.source}
        values={data.translation}
        targetLocale={target}
        targetDirection={textDirection(target)}
        languageLabel={language}
      />
      {data.translation ? (
        <ActionButton
          action={deleteTranslationAction.bind(null, offerId, target)}
          label={t("delete")}
          variant="danger"
          confirm={t("deleteConfirm")}
        />
      ) : null}
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferList } from "@/components/offer-list";
import { listOfferCards } from "@/lib/offers/queries";
import { findTopic } from "@/lib/topics/queries";
import { parsePageParam, parseSlug, type SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: SearchParams };

async function loadTopic(params: Props["params"]) {
  const { locale, slug } = await params;
  const validSlug = parseSlug(slug);
  const topic = validSlug ? await findTopic(validSlug, locale) : null;
  if (!topic) notFound();
  return { locale, topic };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic } = await loadTopic(params);
  return { title: topic.name };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { locale, topic } = await loadTopic(params);
  setRequestLocale(locale);
  const t = await getTranslations("TopicPage");
  const page = parsePageParam((await searchParams).page);
  const offers = await listOfferCards({ topicId: topic.id }, { locale, page });
  return (
    <>
      <h1>{topic.name}</h1>
      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t("offers")}</h2>
        <OfferList result={offers} pathname={`/themen/${topic.slug}`} />
      </section>
    </>
  );
}

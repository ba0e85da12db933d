import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/i18n/localized-name";
import { offerDetailSelect, toOfferDetail, type OfferDetail } from "@/lib/offers/offer-detail";
import {
  changedOfferFields,
  offerVersionFields,
  parseOfferVersion,
  toOfferVersion,
  type OfferVersion,
  type OfferVersionField,
} from "@/lib/review/offer-version";

// One offer on the admins' review page: the public page as it will look (or looks, for an edit that is already
// live), what is to be decided, since when it waits, and for an edit of a published offer the version the
// public saw before, field by field.

/** firstPublication: waits to go public; secondLook: an edit is live and waits for a look; none: decided. */
export type OfferReviewStage = "firstPublication" | "secondLook" | "none";

export type OfferDiffRow = {
  field: OfferVersionField;
  changed: boolean;
  published: OfferVersion[OfferVersionField];
  proposed: OfferVersion[OfferVersionField];
};

export type OfferReview = {
  id: string;
  slug: string;
  stage: OfferReviewStage;
  waitingSince: Date | null;
  organisation: { name: string; slug: string; isApproved: boolean };
  preview: OfferDetail;
  /** Only for a second look; null rows when the edit predates stored baselines (or only a translation changed). */
  diff: { rows: OfferDiffRow[] | null } | null;
};

/** Names instead of slugs, in the admin's language, so both columns read like the public page. */
async function withNames(versions: OfferVersion[], locale: string): Promise<OfferVersion[]> {
  const [topics, audiences, municipalities] = await Promise.all([
    prisma.topic.findMany({ select: { slug: true, namesJson: true } }),
    prisma.audience.findMany({ select: { slug: true, namesJson: true } }),
    prisma.municipality.findMany({ select: { slug: true, name: true } }),
  ]);
  const topicNames = new Map(topics.map((t) => [t.slug, localizedName(t.namesJson, locale)]));
  const audienceNames = new Map(audiences.map((a) => [a.slug, localizedName(a.namesJson, locale)]));
  const municipalityNames = new Map(municipalities.map((m) => [m.slug, m.name]));
  const name = (names: Map<string, string>) => (slug: string) => names.get(slug) ?? slug;
  return versions.map((version) => ({
    ...version,
    topics: version.topics.map(name(topicNames)),
    audiences: version.audiences.map(name(audienceNames)),
    municipalities: version.municipalities.map(name(municipalityNames)),
    locationMunicipality: version.locationMunicipality && name(municipalityNames)(version.locationMunicipality),
  }));
}

/** The review of one offer for an admin (review:decide), or null if there is no such offer. */
export async function getOfferReview(
  actor: Actor | null,
  offerId: string,
  locale: string,
): Promise<OfferReview | null> {
  assertCan(actor, "review:decide");
  const row = await prisma.offer.findUnique({
    where: { id: offerId },
    select: {
      // The public page's select holds every field of a version too (relations with their slugs).
      ...offerDetailSelect,
      id: true,
      status: true,
      submittedAt: true,
      secondLookSince: true,
      secondLookBaselineJson: true,
      organisation: { select: { ...offerDetailSelect.organisation.select, status: true } },
    },
  });
  if (!row) return null;
  const stage: OfferReviewStage =
    row.status === "in_review"
      ? "firstPublication"
      : row.status === "published" && row.secondLookSince !== null
        ? "secondLook"
        : "none";
  let diff: OfferReview["diff"] = null;
  if (stage === "secondLook") {
    const baseline = parseOfferVersion(row.secondLookBaselineJson);
    const current = toOfferVersion(row);
    const changed = baseline ? new Set(changedOfferFields(baseline, current)) : null;
    if (baseline && changed && changed.size > 0) {
      const [published, proposed] = await withNames([baseline, current], locale);
      diff = {
        rows: offerVersionFields.map((field) => ({
          field,
          changed: changed.has(field),
          published: published![field],
          proposed: proposed![field],
        })),
      };
    } else diff = { rows: null };
  }
  return {
    id: row.id,
    slug: row.slug,
    stage,
    // An offer queued before submittedAt was recorded still has a date: when it last changed.
    waitingSince: stage === "firstPublication" ? (row.submittedAt ?? row.updatedAt) : row.secondLookSince,
    organisation: {
      name: row.organisation.name,
      slug: row.organisation.slug,
      isApproved: row.organisation.status === "approved",
    },
    preview: toOfferDetail(row, locale, new Date()),
    diff,
  };
}

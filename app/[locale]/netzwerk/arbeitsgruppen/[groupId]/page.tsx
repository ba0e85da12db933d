import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { DomainError, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { getWorkingGroupSpace, type RecommendationView, type WorkingGroupSpace } from "@/lib/working-groups/queries";
import type { RecommendationStatus } from "@/lib/working-groups/schemas";
import type { CitedGapView } from "@/lib/working-groups/gap-view";
import {
  appointModeratorAction,
  moderateRecommendationAction,
  postRecommendationAction,
  removeModeratorAction,
  setVoteAction,
  updateRecommendationAction,
} from "./actions";
import { GroupAtlas } from "./_components/group-atlas";
import { ModerationPanel } from "./_components/moderation-panel";
import { ModeratorForm } from "./_components/moderator-form";
import { RecommendationForm } from "./_components/recommendation-form";
import { VoteButton } from "./_components/vote-button";

type Props = { params: Promise<{ locale: string; groupId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "WorkingGroups" });
  return { title: t("spaceTitle"), robots: { index: false } };
}

async function loadSpace(locale: string, rawGroupId: string) {
  const groupId = recordIdSchema.safeParse(rawGroupId);
  if (!groupId.success) notFound();
  const actor = await getPageActor(locale, `/netzwerk/arbeitsgruppen/${groupId.data}`);
  try {
    return { actor, space: await getWorkingGroupSpace(actor, groupId.data, locale) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

const STATUS_BADGE: Record<RecommendationStatus, string> = {
  proposed: "badge",
  adopted: "badge badge--ok",
  "in-progress": "badge badge--warning",
  done: "badge badge--ok",
};

export default async function WorkingGroupSpacePage({ params }: Props) {
  const { locale, groupId } = await params;
  setRequestLocale(locale);
  const { actor, space } = await loadSpace(locale, groupId);
  const t = await getTranslations("WorkingGroups");
  const format = await getFormatter();
  const unnamed = space.memberCount - space.memberNames.length;
  return (
    <>
      <p>
        <Link href="/netzwerk/arbeitsgruppen">{t("back")}</Link>
      </p>
      <h1>{space.title}</h1>
      <p className="meta">
        {t("partOf")} <Link href={`/veranstaltungen/${space.event.slug}`}>{space.event.title}</Link>
        {" · "}
        {format.dateTime(space.event.startsAt, { dateStyle: "long" })}
        {space.topic ? ` · ${t("topic", { topic: space.topic.name })}` : null}
      </p>
      {space.description ? (
        <p className="description working-group__description" dir="auto">
          {space.description}
        </p>
      ) : null}

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("members", { count: space.memberCount, capacity: space.capacity })}</h2>
        {space.memberNames.length > 0 ? (
          <ul className="inline-list member-names">
            {space.memberNames.map((name, index) => (
              <li key={`${index}-${name}`} dir="auto">
                {name}
              </li>
            ))}
          </ul>
        ) : null}
        {unnamed > 0 ? <p className="muted">{t("unnamedMembers", { count: unnamed })}</p> : null}
        {space.viewer.isMember ? <p className="muted">{t("nameHint")}</p> : null}
      </section>

      <Moderators space={space} />

      {space.topic ? (
        <section aria-labelledby="atlas-heading">
          <h2 id="atlas-heading">{t("atlasHeading", { topic: space.topic.name })}</h2>
          <GroupAtlas actor={actor} locale={locale} topic={space.topic} />
          <p>
            <Link href={{ pathname: "/atlas", query: { topic: space.topic.slug } }}>
              {t("atlasLink", { topic: space.topic.name })}
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{t("board")}</h2>
        <p>{t("boardIntro")}</p>
        <p>
          <a href={`/${locale}/netzwerk/arbeitsgruppen/${space.id}/handlungsempfehlungen.csv`} download>
            {t("export")}
          </a>
        </p>
        {space.viewer.canContribute ? (
          <section aria-labelledby="post-heading" className="card">
            <h3 id="post-heading">{t("postHeading")}</h3>
            <RecommendationForm
              action={postRecommendationAction.bind(null, space.id)}
              submitLabel={t("post")}
              success={t("posted")}
              idPrefix="new-recommendation"
              gapOptions={space.gapOptions}
              coreTopicName={space.topic?.name ?? null}
            />
          </section>
        ) : (
          <p className="notice">{t("onlyMembersPost")}</p>
        )}
        {space.recommendations.length === 0 ? (
          <p>{t("noRecommendations")}</p>
        ) : (
          <ol className="recommendation-list">
            {space.recommendations.map((recommendation) => (
              <li key={recommendation.id}>
                <Recommendation
                  recommendation={recommendation}
                  canContribute={space.viewer.canContribute}
                  moderation={
                    space.viewer.canModerate
                      ? { topicOptions: space.topicOptions, asAdmin: space.viewer.canAppointModerators }
                      : null
                  }
                  form={{ gapOptions: space.gapOptions, coreTopicName: space.topic?.name ?? null }}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** Who moderates the group; for admins with the form to appoint and the buttons to remove. */
async function Moderators({ space }: { space: WorkingGroupSpace }) {
  const t = await getTranslations("WorkingGroups");
  const isAdmin = space.viewer.canAppointModerators;
  const youModerate = space.viewer.canModerate && !isAdmin;
  const removeAction = removeModeratorAction.bind(null, space.id);
  return (
    <section aria-labelledby="moderators-heading">
      <h2 id="moderators-heading">{t("moderatorsHeading")}</h2>
      <p>{t("moderatorsIntro")}</p>
      {space.moderators.length === 0 ? (
        <p className="muted">{t("noModerators")}</p>
      ) : (
        <ul className="inline-list">
          {space.moderators.map((moderator) => {
            const name = moderator.name ?? moderator.adminLabel;
            return (
              <li key={moderator.userId} dir="auto">
                {name ?? t("unnamedModerator")}
                {isAdmin ? (
                  <ActionButton
                    action={removeAction}
                    fields={{ userId: moderator.userId }}
                    label={t("removeModerator", { name: name ?? t("unnamedModerator") })}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {youModerate ? <p className="notice">{t("youModerate")}</p> : null}
      {isAdmin ? (
        space.moderatorCandidates.length > 0 ? (
          <ModeratorForm action={appointModeratorAction.bind(null, space.id)} candidates={space.moderatorCandidates} />
        ) : (
          <p className="muted">{t("noModeratorCandidates")}</p>
        )
      ) : null}
    </section>
  );
}

/** The gap of the atlas a recommendation cites, with the figures when cited and a link to the atlas. */
async function CitedGap({ gap }: { gap: CitedGapView }) {
  const t = await getTranslations("WorkingGroups");
  const format = await getFormatter();
  const place = [gap.municipalityName, gap.topicName, gap.languageName].filter(Boolean).join(" · ");
  const date = format.dateTime(gap.citedAt, { day: "numeric", month: "numeric", year: "numeric" });
  const query = gap.language ? { topic: gap.topic, language: gap.language } : { topic: gap.topic };
  return (
    <p className="recommendation__gap">
      {gap.per10k === null
        ? t("gapCitedWithoutRate", { place, offers: gap.offers, date })
        : t("gapCited", {
            place,
            offers: gap.offers,
            per10k: format.number(gap.per10k, { maximumFractionDigits: 2 }),
            date,
          })}{" "}
      <Link href={{ pathname: "/atlas", query }}>{t("gapAtlasLink")}</Link>
    </p>
  );
}

async function Recommendation({
  recommendation,
  canContribute,
  moderation,
  form,
}: {
  recommendation: RecommendationView;
  canContribute: boolean;
  /** Given to admins and the group's moderators only. */
  moderation: { topicOptions: WorkingGroupSpace["topicOptions"]; asAdmin: boolean } | null;
  form: Pick<WorkingGroupSpace, "gapOptions"> & { coreTopicName: string | null };
}) {
  const t = await getTranslations("WorkingGroups");
  const format = await getFormatter();
  const headingId = `recommendation-${recommendation.id}`;
  const created = format.dateTime(recommendation.createdAt, { dateStyle: "medium" });
  const moderate = (change: Parameters<typeof moderateRecommendationAction>[1]) =>
    moderateRecommendationAction.bind(null, recommendation.id, change);
  return (
    <article className="card recommendation" aria-labelledby={headingId}>
      <h3 id={headingId} dir="auto">
        {recommendation.title}
      </h3>
      <p className="meta">
        <span className={STATUS_BADGE[recommendation.status]}>{t(`status.${recommendation.status}`)}</span>{" "}
        {recommendation.authorName
          ? t("byline", { author: recommendation.authorName, date: created })
          : t("bylineMember", { date: created })}
        {recommendation.isOwn ? ` · ${t("yours")}` : null}
      </p>
      <p className="recommendation__text" dir="auto">
        {recommendation.text}
      </p>
      {recommendation.gap ? <CitedGap gap={recommendation.gap} /> : null}
      {recommendation.topics.length > 0 || recommendation.offers.length > 0 ? (
        <dl className="recommendation__links">
          <LinkedEntries
            term={t("linkedTopics")}
            entries={recommendation.topics.map((topic) => ({
              id: topic.id,
              href: `/themen/${topic.slug}`,
              label: topic.name,
              unlinkLabel: t("unlinkTopic", { topic: topic.name }),
            }))}
            idField="topicId"
            unlinkAction={moderation ? moderate("unlinkTopic") : null}
          />
          <LinkedEntries
            term={t("linkedOffers")}
            entries={recommendation.offers.map((offer) => ({
              id: offer.id,
              href: `/angebote/${offer.slug}`,
              label: offer.title,
              unlinkLabel: t("unlinkOffer", { offer: offer.title }),
            }))}
            idField="offerId"
            unlinkAction={moderation ? moderate("unlinkOffer") : null}
          />
        </dl>
      ) : null}
      {canContribute ? (
        <VoteButton
          action={setVoteAction.bind(null, recommendation.id)}
          hasVoted={recommendation.hasVoted}
          voteCount={recommendation.voteCount}
        />
      ) : (
        <p className="vote-count">{t("supporters", { count: recommendation.voteCount })}</p>
      )}
      {recommendation.canEdit ? (
        <details className="recommendation__tools">
          <summary>{t("edit")}</summary>
          <RecommendationForm
            action={updateRecommendationAction.bind(null, recommendation.id)}
            values={{
              title: recommendation.title,
              text: recommendation.text,
              gapMunicipality: recommendation.gap?.municipality ?? null,
              gapTopic: recommendation.gap?.topic ?? null,
              gapLanguage: recommendation.gap?.language ?? null,
            }}
            gapOptions={form.gapOptions}
            coreTopicName={form.coreTopicName}
            submitLabel={t("saveChanges")}
            success={t("saved")}
            idPrefix={`edit-${recommendation.id}`}
          />
        </details>
      ) : null}
      {moderation ? (
        <details className="recommendation__tools">
          <summary>{moderation.asAdmin ? t("moderate") : t("moderateGroup")}</summary>
          <ModerationPanel
            recommendationId={recommendation.id}
            status={recommendation.status}
            topicOptions={moderation.topicOptions}
            linkedTopicIds={recommendation.topics.map((topic) => topic.id)}
            actions={{ status: moderate("status"), linkOffer: moderate("linkOffer"), linkTopic: moderate("linkTopic") }}
          />
        </details>
      ) : null}
    </article>
  );
}

type LinkedEntry = { id: string; href: string; label: string; unlinkLabel: string };

/** The topics or offers linked to a recommendation, each with an "unlink" button for admins. */
function LinkedEntries({
  term,
  entries,
  idField,
  unlinkAction,
}: {
  term: string;
  entries: LinkedEntry[];
  /** The form field that names the entry to unlink. */
  idField: "topicId" | "offerId";
  /** Given to admins and the group's moderators only. */
  unlinkAction: ((previous: ActionResult<null> | null, formData: FormData) => Promise<ActionResult<null>>) | null;
}) {
  if (entries.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <ul className="inline-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={entry.href}>{entry.label}</Link>
              {unlinkAction ? (
                <ActionButton action={unlinkAction} fields={{ [idField]: entry.id }} label={entry.unlinkLabel} />
              ) : null}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

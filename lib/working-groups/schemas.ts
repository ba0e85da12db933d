import { z } from "zod";
import { checkbox, recordIdSchema, requiredText } from "@/lib/validation/fields";

// Shapes only; who may post, vote or moderate and whether a linked offer is published are the mutations'.

export const recommendationStatuses = ["proposed", "adopted", "in-progress", "done"] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

/** A select's value: empty (nothing chosen) becomes null. Whether the region knows it is the mutation's check. */
const optionalChoice = (pattern: RegExp) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null),
    z.string().max(120).regex(pattern, { error: "choose" }).nullable(),
  );
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const RecommendationInputSchema = z.object({
  title: requiredText(3, 150),
  text: requiredText(10, 5_000),
  // The gap the recommendation answers (optional): a municipality, with the group's core topic (or, for a group
  // without one, the topic chosen here) and optionally a language of service. The figures are measured on save.
  gapMunicipality: optionalChoice(slugPattern).optional(),
  gapTopic: optionalChoice(slugPattern).optional(),
  gapLanguage: optionalChoice(/^[a-z]{2}$/).optional(),
});
export type RecommendationInput = z.output<typeof RecommendationInputSchema>;

/** The state the button asks for, not a flip: a double click or a retried request then changes nothing. */
export const VoteInputSchema = z.object({ voted: checkbox });

export const RecommendationStatusInputSchema = z.object({
  status: z.enum(recommendationStatuses, { error: "choose" }),
});

/** An offer by id, by slug or by its page address (what an admin can copy from the browser). */
export const OfferLinkInputSchema = z.object({
  offer: requiredText(1, 300).transform((value) => offerReferenceOf(value)),
});

export const OfferUnlinkInputSchema = z.object({ offerId: recordIdSchema });

/** A topic by id or slug (the select sends the slug). */
export const TopicLinkInputSchema = z.object({
  topic: z.string({ error: "choose" }).trim().min(1, { error: "choose" }).max(120),
});

export const TopicUnlinkInputSchema = z.object({ topicId: recordIdSchema });

/** The person an admin appoints as the group's moderator or removes (chosen from a list, so an id). */
export const ModeratorInputSchema = z.object({
  userId: z.string({ error: "choose" }).regex(/^[a-z0-9-]{1,40}$/, { error: "choose" }),
});

/** The last path segment of an address such as https://…/de/angebote/sprachcafe?x=1, or the text itself. */
export function offerReferenceOf(value: string): string {
  const withoutQuery = value.split(/[?#]/)[0] ?? "";
  const segments = withoutQuery.split("/").filter((segment) => segment !== "");
  return segments[segments.length - 1] ?? "";
}

import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as germanStopwords } from "@orama/stopwords/german";
import { foldText, splitWords } from "@/lib/search/text-analysis";

// "People you should meet", scored from what both people chose to show, with every point of the score
// traceable to a reason in words. Pure: the caller loads the profiles and passes of the other person only the
// fields the viewer may see, so a reason can never reveal a hidden field.
//
// Weights (points):
//   sharedTopics             3 per shared topic, at most 3 topics counted (9)
//   theyOffer                4  their "I offer" matches my "I look for"
//   youOffer                 3  my "I offer" matches their "I look for"
//   sameMunicipality         2
//   neighbouringMunicipality 1  the municipalities share a border
//   sharedLanguages          1 per shared language, at most 2; German is left out, since nearly everyone shares it
//   differentOrganisation    1  only a tie-breaker: it never makes a suggestion on its own
// A suggestion needs MIN_SUGGESTION_SCORE points and at least one reason other than differentOrganisation.

export type MatchProfile = {
  userId: string;
  organisationName: string | null;
  organisationKind: string | null;
  municipalityId: string | null;
  topicIds: string[];
  languages: string[]; // ISO 639-1 codes
  offersText: string | null;
  seeksText: string | null;
};

export type MatchContext = {
  neighbours: (municipalityIdA: string, municipalityIdB: string) => boolean;
  topicName: (topicId: string) => string;
  municipalityName: (municipalityId: string) => string;
  languageName?: (code: string) => string;
  /** Joins names for a sentence ("A, B und C"); defaults to a comma list. */
  formatList?: (items: string[]) => string;
};

/** A reason renders as the message `Matchmaking.reasons.<key>` with `values` as its ICU arguments. */
export type MatchReason = { key: MatchReasonKey; values: Record<string, string | number> };
export type MatchReasonKey =
  | "sharedTopics"
  | "theyOffer"
  | "youOffer"
  | "sameMunicipality"
  | "neighbouringMunicipality"
  | "sharedLanguages"
  | "differentOrganisation";

export type MatchScore = { score: number; reasons: MatchReason[] };
export type MatchSuggestion<P extends MatchProfile> = MatchScore & { profile: P };

export const MATCH_WEIGHTS = {
  perSharedTopic: 3,
  maxCountedTopics: 3,
  theyOffer: 4,
  youOffer: 3,
  sameMunicipality: 2,
  neighbouringMunicipality: 1,
  perSharedLanguage: 1,
  maxCountedLanguages: 2,
  differentOrganisation: 1,
} as const;

export const MIN_SUGGESTION_SCORE = 3;

// Nearly everyone at a county conference speaks German, so sharing it says nothing about a match.
const UNREMARKABLE_LANGUAGES = new Set(["de"]);
const MAX_MATCHED_WORDS = 5;

// Besides ordinary stop words, the words people use to fill an "I offer / I look for" field, which would
// otherwise match every pair ("Ich suche Hilfe bei …" / "Wir bieten Hilfe bei …").
const FILLER_WORDS = [
  "suche",
  "suchen",
  "biete",
  "bieten",
  "anbieten",
  "brauche",
  "brauchen",
  "gerne",
  "hilfe",
  "unterstutzung",
  "kontakt",
  "kontakte",
  "austausch",
  "menschen",
  "leute",
  "looking",
  "offer",
  "offering",
  "need",
  "help",
  "support",
  "people",
  "contact",
  "contacts",
];
const STOP_WORDS = new Set([...germanStopwords, ...englishStopwords, ...FILLER_WORDS].map(foldText));
const MIN_WORD_LENGTH = 4;

type Term = { written: string; folded: string; stem: string };

/** Meaningful words of a text: folded (ä → a, ß → ss), without stop words and words under 4 letters, stemmed. */
function termsOf(text: string | null): Term[] {
  const terms: Term[] = [];
  for (const written of splitWords(text ?? "")) {
    const folded = foldText(written);
    if (folded.length < MIN_WORD_LENGTH || STOP_WORDS.has(folded) || /^\d+$/.test(folded)) continue;
    const stemmed = /^[a-z]+$/.test(folded) ? germanStemmer(folded) : folded;
    terms.push({ written, folded, stem: stemmed.length >= MIN_WORD_LENGTH ? stemmed : folded });
  }
  return terms;
}

// One word matches another when one stem begins with the other: "Beratung" ↔ "Berater", "Deutsch" ↔
// "Deutschkurs", "Kinder" ↔ "Kinderbetreuung". Stems have at least 4 letters, which keeps this from matching
// on a syllable.
const stemsMatch = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** The words of `offered` (as written there) that match a word of `sought`, in text order, each once. */
export function matchingWords(offered: string | null, sought: string | null): string[] {
  const soughtStems = termsOf(sought).map(({ stem }) => stem);
  if (soughtStems.length === 0) return [];
  const seen = new Set<string>();
  const words: string[] = [];
  for (const term of termsOf(offered)) {
    if (seen.has(term.folded) || !soughtStems.some((stem) => stemsMatch(term.stem, stem))) continue;
    seen.add(term.folded);
    words.push(term.written);
  }
  return words.slice(0, MAX_MATCHED_WORDS);
}

const defaultList = (items: string[]) => items.join(", ");
const normalise = (name: string | null) => foldText(name ?? "").trim();

function sharedTopicIds(me: MatchProfile, other: MatchProfile): string[] {
  const mine = new Set(me.topicIds);
  return [...new Set(other.topicIds)].filter((id) => mine.has(id));
}

function sharedLanguages(me: MatchProfile, other: MatchProfile): string[] {
  const mine = new Set(me.languages.map((code) => code.toLowerCase()));
  return [...new Set(other.languages.map((code) => code.toLowerCase()))]
    .filter((code) => mine.has(code) && !UNREMARKABLE_LANGUAGES.has(code))
    .sort();
}

function placeReason(me: MatchProfile, other: MatchProfile, context: MatchContext): [number, MatchReason] | null {
  if (!me.municipalityId || !other.municipalityId) return null;
  const municipality = context.municipalityName(other.municipalityId);
  if (me.municipalityId === other.municipalityId) {
    return [MATCH_WEIGHTS.sameMunicipality, { key: "sameMunicipality", values: { municipality } }];
  }
  if (!context.neighbours(me.municipalityId, other.municipalityId)) return null;
  return [
    MATCH_WEIGHTS.neighbouringMunicipality,
    {
      key: "neighbouringMunicipality",
      values: { municipality, ownMunicipality: context.municipalityName(me.municipalityId) },
    },
  ];
}

/** How well `other` suits `me`, and why. Reasons come in a fixed order: topics, offers, place, languages. */
export function scoreMatch(me: MatchProfile, other: MatchProfile, context: MatchContext): MatchScore {
  const list = context.formatList ?? defaultList;
  const parts: [number, MatchReason][] = [];

  const topics = sharedTopicIds(me, other)
    .map(context.topicName)
    .sort((a, b) => a.localeCompare(b));
  if (topics.length > 0) {
    const points = MATCH_WEIGHTS.perSharedTopic * Math.min(topics.length, MATCH_WEIGHTS.maxCountedTopics);
    parts.push([points, { key: "sharedTopics", values: { topics: list(topics), count: topics.length } }]);
  }

  // Both sentences quote the other person's words: what they offer, and what they look for.
  const theyOffer = matchingWords(other.offersText, me.seeksText);
  if (theyOffer.length > 0)
    parts.push([MATCH_WEIGHTS.theyOffer, { key: "theyOffer", values: { words: list(theyOffer) } }]);
  const youOffer = matchingWords(other.seeksText, me.offersText);
  if (youOffer.length > 0) parts.push([MATCH_WEIGHTS.youOffer, { key: "youOffer", values: { words: list(youOffer) } }]);

  const place = placeReason(me, other, context);
  if (place) parts.push(place);

  const languages = sharedLanguages(me, other);
  if (languages.length > 0) {
    const names = languages.map((code) => context.languageName?.(code) ?? code);
    const points = MATCH_WEIGHTS.perSharedLanguage * Math.min(languages.length, MATCH_WEIGHTS.maxCountedLanguages);
    parts.push([points, { key: "sharedLanguages", values: { languages: list(names), count: names.length } }]);
  }

  const [mine, theirs] = [normalise(me.organisationName), normalise(other.organisationName)];
  if (mine && theirs && mine !== theirs) {
    parts.push([
      MATCH_WEIGHTS.differentOrganisation,
      { key: "differentOrganisation", values: { organisation: other.organisationName!.trim() } },
    ]);
  }

  return { score: parts.reduce((sum, [points]) => sum + points, 0), reasons: parts.map(([, reason]) => reason) };
}

/**
 * The best `limit` people for `me` among `others`, best first (ties by userId, so the order is stable).
 * Leaves out `me`, anyone below MIN_SUGGESTION_SCORE and anyone whose only reason is a different organisation.
 */
export function suggestMatches<P extends MatchProfile>(
  me: MatchProfile,
  others: P[],
  context: MatchContext,
  limit = 10,
): MatchSuggestion<P>[] {
  const suggestions: MatchSuggestion<P>[] = [];
  for (const profile of others) {
    if (profile.userId === me.userId) continue;
    const { score, reasons } = scoreMatch(me, profile, context);
    if (score < MIN_SUGGESTION_SCORE || !reasons.some(({ key }) => key !== "differentOrganisation")) continue;
    suggestions.push({ profile, score, reasons });
  }
  return suggestions
    .sort(
      (a, b) =>
        b.score - a.score || (a.profile.userId < b.profile.userId ? -1 : a.profile.userId > b.profile.userId ? 1 : 0),
    )
    .slice(0, limit);
}

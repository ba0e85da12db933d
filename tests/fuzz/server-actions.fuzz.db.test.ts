import fc from "fast-check";
import { applyFreshnessLinkAction } from "@/app/[locale]/angebot-aktualisieren/actions";
import { submitAccessibilityFeedbackAction } from "@/app/[locale]/barrierefreiheit/actions";
import * as offerActions from "@/app/[locale]/dashboard/angebote/actions";
import * as organisationActions from "@/app/[locale]/dashboard/organisationen/actions";
import { acceptInvitationAction } from "@/app/[locale]/einladung/actions";
import { deleteAccountAction, requestEmailChangeAction } from "@/app/[locale]/konto/actions";
import { confirmEmailChangeAction } from "@/app/[locale]/konto/email-bestaetigen/actions";
import * as groupActions from "@/app/[locale]/netzwerk/arbeitsgruppen/[groupId]/actions";
import { respondToRequestAction } from "@/app/[locale]/netzwerk/kontakte/actions";
import * as personActions from "@/app/[locale]/netzwerk/personen/[profileId]/actions";
import * as profileActions from "@/app/[locale]/netzwerk/profil/actions";
import { cancelRegistrationAction, registerAction } from "@/app/[locale]/veranstaltungen/[slug]/actions";
import { approveAction, rejectAction } from "@/app/[locale]/verwaltung/actions";
import { markReportHandledAction } from "@/app/[locale]/verwaltung/meldungen/actions";
import { markFeedbackHandledAction } from "@/app/[locale]/verwaltung/rueckmeldungen/actions";
import * as eventActions from "@/app/[locale]/verwaltung/veranstaltungen/actions";
import { getActor } from "@/lib/auth/session";
import { contentLocales } from "@/lib/offers/schemas";
import {
  expectNoFindings,
  fuzzBoundary,
  outcomeOfAction,
  type Boundary,
  type Outcome,
  FUZZ_TIMEOUT_MS,
} from "@/tests/fuzz/fuzz-harness";
import { boundArgument, entriesOf, formEntries, toFormData, type FormEntries } from "@/tests/fuzz/fuzz-inputs";
import { actorOf, buildFuzzWorld, caller, type Caller, type FuzzWorld } from "@/tests/fuzz/fuzz-world";
import { offerFormInput, organisationFormInput } from "@/tests/factories";

// Every server action in app/**/actions.ts, called as React calls it: generated bound arguments (which travel
// through the browser like any input), generated form data, by a generated caller. The real action runs, so
// its own parsing is what is fuzzed. Mocked: the session and the request's context (locale, headers, cache),
// which exist only inside a Next request.

jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn(), requireActor: jest.fn() }));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));
jest.mock("next-intl/server", () => ({ getLocale: jest.fn(() => Promise.resolve("de")) }));
jest.mock("next/headers", () => ({
  headers: jest.fn(() =>
    Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.7", referer: "http://localhost/de" })),
  ),
  cookies: jest.fn(() =>
    Promise.resolve({ get: () => undefined, getAll: () => [], has: () => false, set() {}, delete() {} }),
  ),
}));
const getActorMock = jest.mocked(getActor);

let world: FuzzWorld;

beforeAll(async () => {
  world = await buildFuzzWorld();
});

type ActionInput = { who: Caller; bound: unknown[]; form: FormEntries };
type Loose = (...args: unknown[]) => Promise<unknown>;

type ActionSpec = {
  /** Generators of the bound arguments, in order (made once the world exists). */
  bound?: (w: FuzzWorld) => fc.Arbitrary<unknown>[];
  /** The form's field names, and a valid form the fuzzing mutates; none for actions without a form. */
  fields?: string[];
  valid?: (w: FuzzWorld) => Record<string, unknown>;
  /** How the bound arguments, the previous state and the form reach the action. */
  call: (bound: unknown[], formData: FormData) => Promise<unknown>;
  /** For actions that answer with a state instead of an ActionResult. */
  classify?: (value: unknown) => Outcome;
};

const loose = (action: unknown) => action as Loose;
/** action(...bound, previousState, formData): the shape of a form action made with useActionState and bind. */
const withForm = (action: unknown) => (bound: unknown[], formData: FormData) => loose(action)(...bound, null, formData);
const withoutForm = (action: unknown) => (bound: unknown[]) => loose(action)(...bound, null);
const boundOnly = (action: unknown) => (bound: unknown[]) => loose(action)(...bound);

const ids = (w: FuzzWorld) => boundArgument(w.plausible);
const oneOf = (w: FuzzWorld, ...values: string[]) => boundArgument([...values, ...w.plausible]);

/** Link states (freshness, e-mail change): each is a page that tells the person what happened. */
const stateOutcome =
  (ok: readonly string[], explained: readonly string[]) =>
  (value: unknown): Outcome => {
    const state = typeof value === "string" ? value : (value as { status?: unknown } | null)?.status;
    if (typeof state === "string" && ok.includes(state)) return { status: 200, explained: true };
    return {
      status: 400,
      explained: typeof state === "string" && explained.includes(state),
      detail: JSON.stringify(value)?.slice(0, 200),
    };
  };

const offerFields = Object.keys(offerFormInput());
const organisationFields = Object.keys(organisationFormInput());
const eventForm = {
  title: "Fachtag Integration",
  description: "Ein Tag für alle, die in der Integrationsarbeit tätig sind.",
  agenda: "09:30 Ankommen",
  startsAt: "2099-05-01T09:00",
  endsAt: "2099-05-01T17:00",
  venueName: "Kreishaus",
  venueAddress: "Herzebrocker Straße 140, 33334 Gütersloh",
  municipality: "guetersloh",
  capacity: "80",
  registrationOpensAt: "2099-03-01T09:00",
  registrationClosesAt: "2099-04-20",
  hasWaitlist: "on",
  status: "draft",
};
const profileForm = {
  displayName: "Maria Muster",
  organisationName: "Caritas",
  organisationKind: "welfare_association",
  roleTitle: "Beraterin",
  municipality: "verl",
  offersText: "Sprachmittlung",
  seeksText: "Räume",
  contactEmail: "maria@example.org",
  phone: "05241 12345",
  topics: ["sprache-bildung"],
  languages: ["de", "ar"],
  visibility: { displayName: "public", organisation: "attendees", topics: "nobody" },
};

const actions: Record<string, ActionSpec> = {
  applyFreshnessLinkAction: {
    bound: (w) => [oneOf(w, w.freshnessToken, `${w.freshnessToken}x`)],
    call: boundOnly(applyFreshnessLinkAction),
    classify: stateOutcome(["done", "ready"], ["used", "invalid", "expired"]),
  },
  submitAccessibilityFeedbackAction: {
    fields: ["message", "pageUrl", "email"],
    valid: () => ({ message: "Die Karte ist mit der Tastatur nicht bedienbar.", pageUrl: "/de/angebote", email: "" }),
    call: withForm(submitAccessibilityFeedbackAction),
  },
  createOfferAction: {
    bound: (w) => [oneOf(w, w.ids.organisationId)],
    fields: offerFields,
    valid: () => offerFormInput(),
    call: withForm(offerActions.createOfferAction),
  },
  updateOfferAction: {
    bound: (w) => [oneOf(w, w.ids.offerId)],
    fields: offerFields,
    valid: () => offerFormInput(),
    call: withForm(offerActions.updateOfferAction),
  },
  duplicateOfferAction: { bound: (w) => [oneOf(w, w.ids.offerId)], call: boundOnly(offerActions.duplicateOfferAction) },
  changeOfferStatusAction: {
    bound: (w) => [oneOf(w, w.ids.offerId), oneOf(w, "submit", "archive", "restore")],
    call: withoutForm(offerActions.changeOfferStatusAction),
  },
  setAvailabilityAction: {
    bound: (w) => [oneOf(w, w.ids.offerId)],
    fields: ["availability"],
    valid: () => ({ availability: "few" }),
    call: withForm(offerActions.setAvailabilityAction),
  },
  confirmOffersAction: {
    bound: (w) => [oneOf(w, w.ids.organisationId)],
    fields: ["offerIds"],
    valid: (w) => ({ offerIds: [w.ids.offerId] }),
    call: withForm(offerActions.confirmOffersAction),
  },
  saveTranslationAction: {
    bound: (w) => [oneOf(w, w.ids.offerId), oneOf(w, ...contentLocales, "de")],
    fields: ["title", "summary", "description", "origin", "isReviewed"],
    valid: () => ({
      title: "Language café",
      summary: "Practise German",
      description: "Every Tuesday.",
      origin: "human",
    }),
    call: withForm(offerActions.saveTranslationAction),
  },
  deleteTranslationAction: {
    bound: (w) => [oneOf(w, w.ids.offerId), oneOf(w, ...contentLocales)],
    call: boundOnly(offerActions.deleteTranslationAction),
  },
  registerOrganisationAction: {
    fields: organisationFields,
    valid: () => organisationFormInput(),
    call: withForm(organisationActions.registerOrganisationAction),
  },
  updateOrganisationAction: {
    bound: (w) => [oneOf(w, w.ids.organisationId)],
    fields: organisationFields,
    valid: () => organisationFormInput(),
    call: withForm(organisationActions.updateOrganisationAction),
  },
  requestClaimAction: {
    bound: (w) => [oneOf(w, w.ids.organisationId)],
    fields: ["message"],
    valid: () => ({ message: "Wir sind der Verein." }),
    call: withForm(organisationActions.requestClaimAction),
  },
  inviteMemberAction: {
    bound: (w) => [oneOf(w, w.ids.organisationId)],
    fields: ["email", "role"],
    valid: () => ({ email: "neu@example.org", role: "editor" }),
    call: withForm(organisationActions.inviteMemberAction),
  },
  changeMemberAction: {
    bound: (w) => [oneOf(w, w.ids.organisationId), oneOf(w, "remove", "transfer")],
    fields: ["userId"],
    valid: (w) => ({ userId: w.ids.ownerId }),
    call: withForm(organisationActions.changeMemberAction),
  },
  leaveOrganisationAction: {
    bound: (w) => [oneOf(w, w.ids.organisationId)],
    call: withoutForm(organisationActions.leaveOrganisationAction),
  },
  acceptInvitationAction: { bound: (w) => [ids(w)], call: withoutForm(acceptInvitationAction) },
  requestEmailChangeAction: {
    fields: ["email"],
    valid: () => ({ email: "neue-adresse@example.org" }),
    call: withForm(requestEmailChangeAction),
  },
  // No valid form here: the confirmation would delete the world's people. lib/forms/form-fuzz covers that path.
  deleteAccountAction: { fields: ["confirmation"], call: withForm(deleteAccountAction) },
  confirmEmailChangeAction: {
    bound: (w) => [ids(w)],
    call: boundOnly(confirmEmailChangeAction),
    classify: stateOutcome(["done"], ["used", "expired", "invalid", "taken"]),
  },
  postRecommendationAction: {
    bound: (w) => [oneOf(w, w.ids.groupId)],
    fields: ["title", "text"],
    valid: () => ({ title: "Dolmetscherpool", text: "Ein gemeinsamer Pool für alle Beratungsstellen." }),
    call: withForm(groupActions.postRecommendationAction),
  },
  updateRecommendationAction: {
    bound: (w) => [oneOf(w, w.ids.recommendationId)],
    fields: ["title", "text"],
    valid: () => ({ title: "Mehr Sprachkurse", text: "Abends und am Wochenende, auch mit Kinderbetreuung." }),
    call: withForm(groupActions.updateRecommendationAction),
  },
  setVoteAction: {
    bound: (w) => [oneOf(w, w.ids.recommendationId)],
    fields: ["voted"],
    valid: () => ({ voted: "on" }),
    call: withForm(groupActions.setVoteAction),
  },
  moderateRecommendationAction: {
    bound: (w) => [
      oneOf(w, w.ids.recommendationId),
      oneOf(w, "status", "linkOffer", "unlinkOffer", "linkTopic", "unlinkTopic"),
    ],
    fields: ["status", "offer", "offerId", "topic", "topicId"],
    valid: (w) => ({ status: "adopted", offer: w.slugs.offer, offerId: w.ids.offerId, topic: "sprache-bildung" }),
    call: withForm(groupActions.moderateRecommendationAction),
  },
  respondToRequestAction: {
    bound: (w) => [oneOf(w, w.ids.pendingRequestId), oneOf(w, "accept", "decline")],
    call: withoutForm(respondToRequestAction),
  },
  sendContactRequestAction: {
    bound: (w) => [oneOf(w, w.ids.contactProfileId, w.ids.attendeeProfileId)],
    fields: ["message"],
    valid: () => ({ message: "Wollen wir uns auf der Konferenz treffen?" }),
    call: withForm(personActions.sendContactRequestAction),
  },
  blockPersonAction: {
    bound: (w) => [oneOf(w, w.ids.contactProfileId)],
    call: withoutForm(personActions.blockPersonAction),
  },
  reportPersonAction: {
    bound: (w) => [oneOf(w, w.ids.contactProfileId)],
    fields: ["reason"],
    valid: () => ({ reason: "Die Nachricht war beleidigend." }),
    call: withForm(personActions.reportPersonAction),
  },
  saveProfileAction: {
    fields: Object.keys(profileForm),
    valid: () => profileForm,
    call: withForm(profileActions.saveProfileAction),
  },
  renewVisibilityAction: { call: withoutForm(profileActions.renewVisibilityAction) },
  hideProfileAction: { call: withoutForm(profileActions.hideProfileAction) },
  registerAction: {
    bound: (w) => [oneOf(w, w.ids.eventId), oneOf(w, w.slugs.event)],
    fields: [
      "name",
      "organisationName",
      "municipality",
      "role",
      "firstChoice",
      "secondChoice",
      "keepsGroup",
      "directory",
    ],
    valid: (w) => ({
      name: "Maria Muster",
      municipality: "verl",
      firstChoice: w.ids.groupId,
      directory: { topics: "attendees" },
    }),
    call: withForm(registerAction),
  },
  cancelRegistrationAction: {
    bound: (w) => [oneOf(w, w.ids.attendeeRegistrationId)],
    call: boundOnly(cancelRegistrationAction),
  },
  approveAction: {
    bound: (w) => [oneOf(w, "organisation", "claim", "offer", "secondLook"), ids(w)],
    call: withoutForm(approveAction),
  },
  rejectAction: {
    bound: (w) => [oneOf(w, "organisation", "claim", "offer", "secondLook"), ids(w)],
    fields: ["reason"],
    valid: () => ({ reason: "Bitte den Ort ergänzen." }),
    call: withForm(rejectAction),
  },
  markReportHandledAction: { bound: (w) => [ids(w)], call: boundOnly(markReportHandledAction) },
  markFeedbackHandledAction: { bound: (w) => [ids(w)], call: boundOnly(markFeedbackHandledAction) },
  createEventAction: {
    fields: Object.keys(eventForm),
    valid: () => eventForm,
    call: withForm(eventActions.createEventAction),
  },
  updateEventAction: {
    bound: (w) => [oneOf(w, w.ids.eventId)],
    fields: [...Object.keys(eventForm), "groups"],
    valid: () => eventForm,
    call: withForm(eventActions.updateEventAction),
  },
  moveToGroupAction: {
    bound: (w) => [oneOf(w, w.ids.contactRegistrationId)],
    fields: ["groupId", "reason"],
    valid: (w) => ({ groupId: w.ids.groupId, reason: "Auf Wunsch" }),
    call: withForm(eventActions.moveToGroupAction),
  },
  setCheckedInAction: {
    bound: (w) => [oneOf(w, w.ids.contactRegistrationId), fc.oneof(fc.boolean(), boundArgument(["true", "on"]))],
    call: withoutForm(eventActions.setCheckedInAction),
  },
  sendAttendeeMessageAction: {
    bound: (w) => [oneOf(w, w.ids.eventId)],
    fields: ["subject", "text"],
    valid: () => ({ subject: "Raumänderung", text: "Der Workshop findet in Raum 2 statt." }),
    call: withForm(eventActions.sendAttendeeMessageAction),
  },
};

function boundary(name: string, spec: ActionSpec): Boundary<ActionInput> {
  const bound = spec.bound?.(world) ?? [];
  const form = spec.fields
    ? formEntries(spec.fields, spec.valid ? entriesOf(spec.valid(world)) : [], world.plausible)
    : fc.constant<FormEntries>([]);
  return {
    name: `action ${name}`,
    input: fc.record({ who: caller, bound: fc.tuple(...bound), form }),
    run: async ({ who, bound: args, form: entries }) => {
      getActorMock.mockResolvedValue(await actorOf(world, who));
      return outcomeOfAction(() => spec.call(args, toFormData(entries)), spec.classify);
    },
  };
}

test.each(Object.keys(actions))(
  "%s answers every generated call with a result the page can show",
  async (name) => {
    expectNoFindings(await fuzzBoundary(boundary(name, actions[name]!)));
  },
  FUZZ_TIMEOUT_MS,
);

// Found by the fuzzing: can() read actor.roleByOrganisationId[organisationId] (and `organisationId in …` for
// members:leave) through the prototype, so the organisation id "constructor" — a valid record id — threw a
// TypeError (a 500) and passed the members:leave check for anyone.
test("an organisation id named like an Object.prototype property is answered with a result, not a 500", async () => {
  getActorMock.mockResolvedValue(await actorOf(world, "stranger"));
  const outcome = await outcomeOfAction(() =>
    loose(offerActions.confirmOffersAction)("constructor", null, toFormData([["offerIds[]", world.ids.offerId]])),
  );
  expect(outcome).toMatchObject({ explained: true });
  expect(outcome.status).toBeLessThan(500);
});

import fc from "fast-check";
import type { z } from "zod";
import { deleteAccount, requestEmailChange } from "@/lib/account/mutations";
import { AccountDeletionInputSchema, EmailChangeInputSchema } from "@/lib/account/schemas";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { availabilityValues } from "@/lib/offers/availability";
import {
  archiveOffer,
  createOffer,
  duplicateOffer,
  restoreOffer,
  submitOffer,
  updateOffer,
} from "@/lib/offers/mutations";
import { approveOffer, completeSecondLook, rejectOffer } from "@/lib/offers/review";
import {
  AvailabilityInputSchema,
  contentLocales,
  OfferIdListSchema,
  OfferInputSchema,
  TranslationInputSchema,
} from "@/lib/offers/schemas";
import { confirmOffers, setAvailability } from "@/lib/offers/status-updates";
import { deleteTranslation, saveTranslation } from "@/lib/offers/translations";
import {
  acceptInvitation,
  inviteMember,
  leaveOrganisation,
  removeMember,
  transferOwnership,
} from "@/lib/organisations/members";
import {
  approveClaim,
  approveOrganisation,
  registerOrganisation,
  rejectClaim,
  rejectOrganisation,
  requestClaim,
  updateOrganisation,
} from "@/lib/organisations/mutations";
import {
  ClaimInputSchema,
  DuplicateCheckSchema,
  InvitationInputSchema,
  MemberInputSchema,
  OrganisationInputSchema,
  RejectionInputSchema,
} from "@/lib/organisations/schemas";
import { fieldErrorsOf, runAction, type ActionResult, type ErrorCode } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import {
  actorFor,
  makeMembership,
  makeOffer,
  makeOrganisation,
  makeUser,
  offerFormInput,
  organisationFormInput,
  seedRegionForTest,
} from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Whatever a browser (or anyone posting to an action) sends, a form schema and a mutation answer with a result
// the form can show: ok, or a known error code whose message exists in every language. Anything thrown instead
// would be a 500. Runs are few per property, so a failure reports its seed: rerun with { seed, path }.

const SCHEMA_RUNS = 100;
const MUTATION_RUNS = 40;

const errorCodes: readonly ErrorCode[] = [
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
];
const keysInEveryLanguage = (pick: (messages: typeof de) => object) =>
  [de, en, ar]
    .map((messages) => new Set(Object.keys(pick(messages))))
    .reduce((a, b) => new Set([...a].filter((key) => b.has(key))));
const messageKeys = keysInEveryLanguage((messages) => messages.Errors);
const fieldMessageKeys = keysInEveryLanguage((messages) => messages.Errors.fields);

function expectShowable(result: ActionResult<unknown>): void {
  if (result.ok) return;
  expect(errorCodes).toContain(result.code);
  expect(messageKeys).toContain(result.message.key);
  if (result.code === "invalid_input") expect(Object.keys(result.fieldErrors ?? {})).not.toHaveLength(0);
  for (const messages of Object.values(result.fieldErrors ?? {}))
    for (const message of messages) expect(fieldMessageKeys).toContain(message.key);
}

// ─── What a form can send ────────────────────────────────────────────────────────────────────────────────

const formText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }), // lone surrogates and control characters
  fc.constantFrom("", " ", "\u0000", "on", "true", "1", "0", "-1", "7", "1e309", "NaN", "51,9", "__proto__"),
  fc.constantFrom("2024-02-30", "0000-00-00", "9999-12-31", "23:59", "24:00", "00:00", "33415", "verl", "a@b.c"),
  fc.integer({ min: 0, max: 20_000 }).map((length) => "x".repeat(length)),
  fc.double().map(String),
);
const formValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: formText },
  { weight: 2, arbitrary: fc.array(formText, { maxLength: 4 }) }, // a list where a string is expected
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), formText, { maxKeys: 3 }) }, // a dotted name's object
  { weight: 1, arbitrary: fc.array(fc.dictionary(fc.string(), formText, { maxKeys: 3 }), { maxLength: 3 }) },
);

/** Form data with arbitrary names (dotted, with [], the schema's own) turned into the object actions parse. */
const submittedForm = (fieldNames: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(
            ...fieldNames,
            ...fieldNames.map((name) => `${name}[]`),
            "slots.0.weekday",
            "slots.3.endTime",
          ),
          fc.string(),
          fc
            .array(fc.oneof(fc.string({ maxLength: 3 }), fc.nat(30).map(String)), { minLength: 2, maxLength: 4 })
            .map((parts) => parts.join(".")),
        ),
        formText,
      ),
      { maxLength: 12 },
    )
    .map((entries) => {
      const formData = new FormData();
      for (const [name, value] of entries) formData.append(name, value);
      return formDataToObject(formData);
    });

/** Any JavaScript value, including the odd ones (null prototypes, sparse arrays, boxed values, big integers). */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const time = fc.stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/);
/** Values that pass the field's shape more often, so the mutations' own checks (references, places) run too. */
const plausibleValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("verl", "rietberg", "nirgendwo", "sprache-bildung", "gefluechtete", "de", "xx", "33415", "33330"),
  fc.constantFrom("12345", "free", "paid", "few", "full", "editor", "owner", "machine", "on", ""),
  fc.array(fc.constantFrom("verl", "rietberg", "sprache-bildung", "gefluechtete", "kinder", "nirgendwo", "de", "tr"), {
    maxLength: 4,
  }),
  fc.double({ min: 51.6, max: 52.2, noNaN: true }).map(String),
  fc.double({ min: 8, max: 8.8, noNaN: true }).map(String),
  time,
  fc
    .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.emailAddress(),
  fc.string({ minLength: 3, maxLength: 60 }),
  fc.array(fc.record({ weekday: fc.nat(8).map(String), startTime: time, endTime: time }), { maxLength: 3 }),
);

/** A valid input with one to three fields replaced by anything a form could send, or with extra fields. */
const mutatedInput = (valid: Record<string, unknown>) => {
  const names = Object.keys(valid);
  const value = fc.oneof({ weight: 3, arbitrary: plausibleValue }, { weight: 2, arbitrary: formValue });
  return fc
    .tuple(
      fc.subarray(names, { minLength: 1, maxLength: Math.min(3, names.length) }),
      fc.array(value, { minLength: 3, maxLength: 3 }),
      fc.dictionary(fc.string(), formValue, { maxKeys: 2 }),
    )
    .map(([replaced, values, extra]) => ({
      ...extra,
      ...valid,
      ...Object.fromEntries(replaced.map((name, i) => [name, values[i]])),
    }));
};

/** A valid input with one field set to a plausible value: mostly past the schema, into the mutation's checks. */
const nearlyValidInput = (valid: Record<string, unknown>) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(valid)), plausibleValue)
    .map(([name, value]) => ({ ...valid, [name]: value }));

/** Everything the fuzzing sends for a form whose valid input is `valid`. */
const rawInputFor = (valid: Record<string, unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    anyValue,
    fc.dictionary(fc.string(), formValue),
    fc.record(Object.fromEntries(Object.keys(valid).map((name) => [name, formValue])), { requiredKeys: [] }),
    submittedForm(Object.keys(valid)),
    { weight: 2, arbitrary: mutatedInput(valid) },
    { weight: 3, arbitrary: nearlyValidInput(valid) },
  );

// ─── Schemas ─────────────────────────────────────────────────────────────────────────────────────────────

const translationForm = {
  title: "Language café",
  summary: "Practise German over coffee",
  description: "Every Tuesday people meet to practise German together.",
  origin: "machine",
  isReviewed: "on",
};

const schemas: [string, z.ZodType, Record<string, unknown>][] = [
  ["OrganisationInputSchema", OrganisationInputSchema, organisationFormInput()],
  ["OfferInputSchema", OfferInputSchema, offerFormInput()],
  ["TranslationInputSchema", TranslationInputSchema, translationForm],
  ["InvitationInputSchema", InvitationInputSchema, { email: "neu@example.org", role: "editor" }],
  ["RejectionInputSchema", RejectionInputSchema, { reason: "Bitte den Ort ergänzen" }],
  ["ClaimInputSchema", ClaimInputSchema, { message: "Wir sind der Verein" }],
  ["MemberInputSchema", MemberInputSchema, { userId: "cm0000000000000000000000" }],
  ["DuplicateCheckSchema", DuplicateCheckSchema, { name: "Nachbarschaftshilfe", municipality: "verl" }],
  ["AvailabilityInputSchema", AvailabilityInputSchema, { availability: "few" }],
  ["OfferIdListSchema", OfferIdListSchema, { offerIds: ["offer-1", "offer-2"] }],
  ["EmailChangeInputSchema", EmailChangeInputSchema, { email: "neu@example.org" }],
  ["AccountDeletionInputSchema", AccountDeletionInputSchema, { confirmation: "person@example.org" }],
];

describe.each(schemas)("%s", (_name, schema, valid) => {
  test("accepts a valid form", () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  test("answers any input with its value or field errors that every language can show", () => {
    fc.assert(
      fc.property(rawInputFor(valid), (raw) => {
        const parsed = schema.safeParse(raw);
        if (parsed.success) return;
        const fieldErrors = fieldErrorsOf(parsed.error);
        expect(Object.keys(fieldErrors)).not.toHaveLength(0);
        for (const messages of Object.values(fieldErrors))
          for (const message of messages) expect(fieldMessageKeys).toContain(message.key);
      }),
      { numRuns: SCHEMA_RUNS },
    );
  });
});

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────────────────

type World = {
  admin: Actor;
  organisationId: string;
  offerId: string;
  spareEditorId: string;
  claimableOrganisationId: string;
  pendingOrganisationId: string;
  claimId: string;
  inReviewOfferId: string;
};

async function createWorld(): Promise<World> {
  const admin = await makeUser({ isAdmin: true });
  const organisation = await makeOrganisation();
  const spareEditor = await makeUser();
  await makeMembership(spareEditor.id, organisation.id, "editor");
  const offer = await makeOffer(organisation.id, {
    translations: [{ locale: "en", title: "Language café", summary: "Practise German" }],
  });
  const claimable = await makeOrganisation({ municipalitySlug: "rietberg" });
  const claimant = await makeUser();
  const claim = await prisma.organisationClaim.create({
    data: { organisationId: claimable.id, userId: claimant.id },
    select: { id: true },
  });
  return {
    admin: await actorFor(admin.id),
    organisationId: organisation.id,
    offerId: offer.id,
    spareEditorId: spareEditor.id,
    claimableOrganisationId: (await makeOrganisation({ municipalitySlug: "verl" })).id,
    pendingOrganisationId: (await makeOrganisation({ status: "pending" })).id,
    claimId: claim.id,
    inReviewOfferId: (await makeOffer(organisation.id, { status: "in_review" })).id,
  };
}

const DELETABLE = "loeschbar@example.org";

/** A mutation fed with fuzzed form input; `valid` is accepted on a fresh world, so the property is not vacuous. */
type FormMutation = {
  valid: (world: World) => Record<string, unknown>;
  call: (world: World, raw: unknown) => Promise<unknown>;
};

const formMutations: Record<string, FormMutation> = {
  registerOrganisation: { valid: () => organisationFormInput(), call: (w, raw) => registerOrganisation(w.admin, raw) },
  updateOrganisation: {
    valid: () => organisationFormInput(),
    call: (w, raw) => updateOrganisation(w.admin, w.organisationId, raw),
  },
  requestClaim: {
    valid: () => ({ message: "Wir sind das" }),
    call: (w, raw) => requestClaim(w.admin, w.claimableOrganisationId, raw),
  },
  rejectClaim: { valid: () => ({ reason: "Nicht belegt" }), call: (w, raw) => rejectClaim(w.admin, w.claimId, raw) },
  rejectOrganisation: {
    valid: () => ({ reason: "Kein Bezug zur Region" }),
    call: (w, raw) => rejectOrganisation(w.admin, w.pendingOrganisationId, raw),
  },
  inviteMember: {
    valid: () => ({ email: "neu@example.org", role: "owner" }),
    call: (w, raw) => inviteMember(w.admin, w.organisationId, raw),
  },
  removeMember: {
    valid: (w) => ({ userId: w.spareEditorId }),
    call: (w, raw) => removeMember(w.admin, w.organisationId, raw),
  },
  transferOwnership: {
    valid: (w) => ({ userId: w.spareEditorId }),
    call: (w, raw) => transferOwnership(w.admin, w.organisationId, raw),
  },
  createOffer: { valid: () => offerFormInput(), call: (w, raw) => createOffer(w.admin, w.organisationId, raw) },
  updateOffer: { valid: () => offerFormInput(), call: (w, raw) => updateOffer(w.admin, w.offerId, raw) },
  confirmOffers: {
    valid: (w) => ({ offerIds: [w.offerId] }),
    call: (w, raw) => confirmOffers(w.admin, w.organisationId, raw),
  },
  setAvailability: {
    valid: () => ({ availability: "full" }),
    call: (w, raw) => setAvailability(w.admin, w.offerId, raw),
  },
  rejectOffer: {
    valid: () => ({ reason: "Bitte den Ort ergänzen" }),
    call: (w, raw) => rejectOffer(w.admin, w.inReviewOfferId, raw),
  },
  saveTranslation: { valid: () => translationForm, call: (w, raw) => saveTranslation(w.admin, w.offerId, "ar", raw) },
  requestEmailChange: {
    valid: () => ({ email: "neu@example.org" }),
    call: (w, raw) => requestEmailChange(w.admin, raw),
  },
  deleteAccount: {
    // A fresh account per call, so one that was deleted does not take the others along.
    valid: () => ({ confirmation: DELETABLE }),
    call: async (_w, raw) => {
      const user =
        (await prisma.user.findUnique({ where: { email: DELETABLE }, select: { id: true } })) ??
        (await makeUser({ email: DELETABLE }));
      return deleteAccount(await actorFor(user.id), raw);
    },
  },
};

let world: World;

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  world = await createWorld();
});

describe.each(Object.entries(formMutations))("%s", (_name, mutation) => {
  test("accepts a valid form and answers any other input with a result the form can show", async () => {
    expect(await runAction(() => mutation.call(world, mutation.valid(world)))).toMatchObject({ ok: true });
    await fc.assert(
      fc.asyncProperty(rawInputFor(mutation.valid(world)), async (raw) => {
        expectShowable(await runAction(() => mutation.call(world, raw)));
      }),
      { numRuns: MUTATION_RUNS },
    );
  });
});

test("a translation in any language code, and an invitation token of any text, are answered with a result", async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.constantFrom(...contentLocales, "de", "EN", ""), formText), async (locale) => {
      expectShowable(await runAction(() => saveTranslation(world.admin, world.offerId, locale, translationForm)));
      expectShowable(await runAction(() => deleteTranslation(world.admin, world.offerId, locale)));
    }),
    { numRuns: MUTATION_RUNS },
  );
  await fc.assert(
    fc.asyncProperty(formText, async (token) => {
      expectShowable(await runAction(() => acceptInvitation(world.admin, token)));
    }),
    { numRuns: MUTATION_RUNS },
  );
});

const byId: [string, (actor: Actor | null, id: string) => Promise<unknown>][] = [
  ["updateOrganisation", (actor, id) => updateOrganisation(actor, id, organisationFormInput())],
  ["approveClaim", approveClaim],
  ["approveOrganisation", approveOrganisation],
  ["inviteMember", (actor, id) => inviteMember(actor, id, { email: "neu@example.org", role: "editor" })],
  ["leaveOrganisation", leaveOrganisation],
  ["createOffer", (actor, id) => createOffer(actor, id, offerFormInput())],
  ["submitOffer", submitOffer],
  ["archiveOffer", archiveOffer],
  ["restoreOffer", restoreOffer],
  ["duplicateOffer", duplicateOffer],
  ["setAvailability", (actor, id) => setAvailability(actor, id, { availability: availabilityValues[1] })],
  ["approveOffer", approveOffer],
  ["completeSecondLook", completeSecondLook],
];

test("ids of any text, from any caller, are answered with a result", async () => {
  const signedIn = await actorFor((await makeUser()).id);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...byId),
      fc.constantFrom<Actor | null>(world.admin, signedIn, null),
      formText,
      async ([, call], actor, id) => {
        expectShowable(await runAction(() => call(actor, id)));
      },
    ),
    { numRuns: MUTATION_RUNS * 2 },
  );
});

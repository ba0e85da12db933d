import { homeFor, mySectionsFor, type PersonRoles } from "@/lib/account/home-for";

const nobody: PersonRoles = {
  isAdmin: false,
  organisationCount: 0,
  upcomingRegistrationCount: 0,
  hasNetworkProfile: false,
};
const roles = (overrides: Partial<PersonRoles>): PersonRoles => ({ ...nobody, ...overrides });

describe("homeFor", () => {
  test.each<[string, Partial<PersonRoles>, string]>([
    ["an organisation member", { organisationCount: 1 }, "/dashboard"],
    [
      "a member who also attends",
      { organisationCount: 2, upcomingRegistrationCount: 1, hasNetworkProfile: true },
      "/dashboard",
    ],
    ["an admin who also edits an organisation", { isAdmin: true, organisationCount: 1 }, "/dashboard"],
    ["an admin without an organisation", { isAdmin: true, hasNetworkProfile: true }, "/verwaltung"],
    ["a registered attendee without an organisation", { upcomingRegistrationCount: 1 }, "/netzwerk"],
    ["a network member without a registration", { hasNetworkProfile: true }, "/netzwerk"],
    ["a person with no role yet", {}, "/dashboard"],
  ])("%s lands on %s", (_who, overrides, expected) => {
    expect(homeFor(roles(overrides))).toBe(expected);
  });
});

describe("mySectionsFor", () => {
  test("an attendee without an organisation sees the conference first", () => {
    expect(mySectionsFor(roles({ upcomingRegistrationCount: 1 }))).toEqual(["conference", "organisations"]);
  });

  test("an organisation member sees the organisations first, and still the conference", () => {
    expect(mySectionsFor(roles({ organisationCount: 1, hasNetworkProfile: true }))).toEqual([
      "organisations",
      "conference",
    ]);
  });

  test("an admin gets the administration on top of the other roles", () => {
    expect(mySectionsFor(roles({ isAdmin: true, hasNetworkProfile: true }))).toEqual([
      "administration",
      "conference",
      "organisations",
    ]);
    expect(mySectionsFor(roles({ isAdmin: true }))).toEqual(["administration", "organisations", "conference"]);
  });

  test("a person with no role yet is offered both ways in, organisations first", () => {
    expect(mySectionsFor(nobody)).toEqual(["organisations", "conference"]);
  });
});

import { can, type Actor, type OrganisationPermission, type PlatformPermission } from "@/lib/auth/permissions";

const ORG = "org-a";
const OTHER = "org-b";
const actors: Record<string, Actor | null> = {
  admin: { userId: "u1", email: "a@example.org", isAdmin: true, roleByOrganisationId: {} },
  owner: { userId: "u2", email: "o@example.org", isAdmin: false, roleByOrganisationId: { [ORG]: "owner" } },
  editor: { userId: "u3", email: "e@example.org", isAdmin: false, roleByOrganisationId: { [ORG]: "editor" } },
  otherEditor: { userId: "u4", email: "x@example.org", isAdmin: false, roleByOrganisationId: { [OTHER]: "owner" } },
  signedIn: { userId: "u5", email: "s@example.org", isAdmin: false, roleByOrganisationId: {} },
  signedOut: null,
};

// Every organisation permission × every kind of actor; a new permission without a row here fails the type check.
const organisationMatrix: Record<OrganisationPermission, string[]> = {
  "organisation:edit": ["admin", "owner", "editor"],
  "organisation:view-audit": ["admin", "owner"],
  "members:manage": ["admin", "owner"],
  "members:leave": ["owner", "editor"],
  "offer:create": ["admin", "owner", "editor"],
  "offer:edit": ["admin", "owner", "editor"],
};
const platformMatrix: Record<PlatformPermission, string[]> = {
  "organisation:register": ["admin", "owner", "editor", "otherEditor", "signedIn"],
  "organisation:claim": ["admin", "owner", "editor", "otherEditor", "signedIn"],
  "account:manage": ["admin", "owner", "editor", "otherEditor", "signedIn"],
  "event:register": ["admin", "owner", "editor", "otherEditor", "signedIn"],
  "network:participate": ["admin", "owner", "editor", "otherEditor", "signedIn"],
  "review:decide": ["admin"],
  "audit:view-all": ["admin"],
  "event:manage": ["admin"],
  "recommendation:moderate": ["admin"],
};

describe.each(Object.entries(organisationMatrix))("%s on an organisation", (permission, allowed) => {
  test.each(Object.keys(actors))("%s", (name) => {
    expect(can(actors[name]!, permission as OrganisationPermission, ORG)).toBe(allowed.includes(name));
  });
});

describe.each(Object.entries(platformMatrix))("%s", (permission, allowed) => {
  test.each(Object.keys(actors))("%s", (name) => {
    expect(can(actors[name] ?? null, permission as PlatformPermission)).toBe(allowed.includes(name));
  });
});

test("a role in one organisation grants nothing in another", () => {
  for (const permission of Object.keys(organisationMatrix) as OrganisationPermission[])
    expect(can(actors.owner!, permission, OTHER)).toBe(false);
});

test("an organisation id named like an Object.prototype member grants nothing and does not throw", () => {
  const member = {
    userId: "u",
    email: "u@example.org",
    isAdmin: false,
    roleByOrganisationId: { org: "owner" as const },
  };
  for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    expect(can(member, "members:leave", id)).toBe(false);
    expect(can(member, "offer:edit", id)).toBe(false);
  }
  expect(can(member, "members:leave", "org")).toBe(true);
});

import { DomainError } from "@/lib/result";

// Who may do what (docs/decisions/009-magic-links-signed-links-rate-limits.md). Pure: no I/O. Mutations call assertCan where
// they touch data; pages may call can() only to shape the UI.

export const orgRoles = ["owner", "editor"] as const;
export type OrgRole = (typeof orgRoles)[number];

export type Actor = {
  userId: string;
  email: string;
  isAdmin: boolean;
  roleByOrganisationId: Readonly<Record<string, OrgRole>>;
  /** When this session was signed in (lib/auth/session-lifetime.ts); unknown outside a browser session. */
  signedInAt?: Date;
};

/** Permissions on one organisation (the resource is its id). */
export type OrganisationPermission =
  "organisation:edit" | "organisation:view-audit" | "members:manage" | "members:leave" | "offer:create" | "offer:edit";

/** Permissions without a resource. */
export type PlatformPermission =
  | "organisation:register"
  | "organisation:claim"
  | "account:manage"
  | "event:register"
  | "network:participate"
  | "review:decide"
  | "audit:view-all"
  | "event:manage"
  | "recommendation:moderate";

export type Permission = OrganisationPermission | PlatformPermission;

const ORGANISATION_GRANTS: Record<OrgRole, readonly OrganisationPermission[]> = {
  owner: [
    "organisation:edit",
    "organisation:view-audit",
    "members:manage",
    "members:leave",
    "offer:create",
    "offer:edit",
  ],
  editor: ["organisation:edit", "members:leave", "offer:create", "offer:edit"],
};

const SIGNED_IN_GRANTS: readonly PlatformPermission[] = [
  "organisation:register",
  "organisation:claim",
  "account:manage",
  "event:register",
  "network:participate",
];
const ADMIN_ONLY: readonly PlatformPermission[] = [
  "review:decide",
  "audit:view-all",
  "event:manage",
  "recommendation:moderate",
];

export function can(actor: Actor | null, permission: PlatformPermission): boolean;
export function can(actor: Actor | null, permission: OrganisationPermission, organisationId: string): boolean;
export function can(actor: Actor | null, permission: Permission, organisationId?: string): boolean {
  if (!actor) return false;
  if ((SIGNED_IN_GRANTS as readonly string[]).includes(permission)) return true;
  if ((ADMIN_ONLY as readonly string[]).includes(permission)) return actor.isAdmin;
  // Own keys only: an id such as "constructor" must not find Object.prototype's members.
  const role =
    organisationId !== undefined && Object.hasOwn(actor.roleByOrganisationId, organisationId)
      ? actor.roleByOrganisationId[organisationId]
      : undefined;
  // Leaving is about one's own membership: an admin who is not a member has nothing to leave.
  if (permission === "members:leave") return role !== undefined;
  if (actor.isAdmin) return true;
  return role !== undefined && ORGANISATION_GRANTS[role].includes(permission as OrganisationPermission);
}

/** Throws `unauthenticated` for a signed-out client and `forbidden` for an actor without the permission. */
export function assertCan(actor: Actor | null, permission: PlatformPermission): asserts actor is Actor;
export function assertCan(
  actor: Actor | null,
  permission: OrganisationPermission,
  organisationId: string,
): asserts actor is Actor;
export function assertCan(
  actor: Actor | null,
  permission: Permission,
  organisationId?: string,
): asserts actor is Actor {
  if (!actor) throw new DomainError("unauthenticated", "signInRequired");
  const allowed =
    organisationId === undefined
      ? can(actor, permission as PlatformPermission)
      : can(actor, permission as OrganisationPermission, organisationId);
  if (!allowed) throw new DomainError("forbidden", "forbidden");
}

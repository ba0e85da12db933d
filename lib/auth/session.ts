import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { loadSessionActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/result";

function parseSignedInAt(value: string | undefined): Date | undefined {
  const date = value === undefined ? undefined : new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The signed-in actor of this request, or null (also when an admin's 8 hours are over); built once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadSessionActor({ userId, signedInAt: parseSignedInAt(session.signedInAt) }) : null;
});

/** The signed-in actor; a signed-out client gets the `unauthenticated` result. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated", "signInRequired");
  return actor;
}

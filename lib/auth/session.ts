import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/result";

/** The signed-in actor of this request, or null; built once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadActor(userId) : null;
});

/** The signed-in actor; a signed-out client gets the `unauthenticated` result. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated", "signInRequired");
  return actor;
}

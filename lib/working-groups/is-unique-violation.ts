import { Prisma } from "@/generated/prisma/client";

/** A write lost a race against a unique key (Prisma's P2002): the row it wanted to add is already there. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

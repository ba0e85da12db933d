import { Prisma } from "@/generated/prisma/client";

/** A write lost a race against a unique key (Prisma's P2002): the row it wanted to add is already there. */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The columns of the unique key a P2002 hit. With the SQLite driver adapter they are not in `meta.target` (as
 * with Prisma's own engines) but in `meta.driverAdapterError.cause.constraint.fields`; both are read.
 */
export function uniqueViolationFields(error: Prisma.PrismaClientKnownRequestError): string[] {
  const meta = error.meta as
    { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } } | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  return Array.isArray(fields) ? fields.filter((field): field is string => typeof field === "string") : [];
}

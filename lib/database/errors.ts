import { Prisma } from "@/lib/generated/prisma/client";

/** A write refused by a unique index: the database, not a prior lookup, settles a race for a name or a pair. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

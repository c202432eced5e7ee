import "server-only";
import { createDatabaseClient } from "@/lib/database/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process: dev-mode hot reloads would otherwise open a new
// connection on every edit.
const globalForDatabase = globalThis as typeof globalThis & { database?: PrismaClient };

export const db = globalForDatabase.database ?? createDatabaseClient(env.database);
if (env.NODE_ENV !== "production") globalForDatabase.database = db;

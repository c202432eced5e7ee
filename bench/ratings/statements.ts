/**
 * The SQL a call sends, from lib/database's statement log (each statement as
 * the driver received it, with the driver's own time), and what the
 * benchmark does with a captured statement: run it again, timed, or read its
 * plan, both on the app's own client. Imports lib/db: load with
 * `await import()` after the workspace is set up.
 */
import { recordStatements, type LoggedStatement } from "@/lib/database/statement-log";
import { db } from "@/lib/db";
import { explainStatement } from "./dialect";

export type Statement = LoggedStatement;
export type SqlQuery = Pick<Statement, "sql" | "args" | "argTypes">;
/** One row of a plan, as EXPLAIN QUERY PLAN gives it; tableRows: the planner's row count of a table PostgreSQL reads whole. */
export type PlanLine = { id: number; parent: number; detail: string; tableRows?: number };

/** Prisma's name for a table in its SQL, as a pattern, on either database: `main`.`Artwork` or "public"."Artwork". */
export const prismaTable = (table: string) => `(?:\`main\`\\.\`${table}\`|"public"\\."${table}")`;

/** Runs `work` and returns every statement it sent, in order. */
export const capture = recordStatements;

/**
 * The values as the app bound them: the log holds them as the driver
 * received them, with dates and big integers as text.
 */
function boundValues({ args, argTypes }: SqlQuery): unknown[] {
  return args.map((arg, index) => {
    const type = argTypes[index]?.scalarType;
    if (typeof arg === "string" && type === "datetime") return new Date(arg);
    if (typeof arg === "string" && type === "bigint") return BigInt(arg);
    return arg;
  });
}

/** Runs a statement again on the app's connection and returns the driver's time for it. */
export async function time(statement: SqlQuery): Promise<number> {
  const { statements } = await capture(() => db.$queryRawUnsafe(statement.sql, ...boundValues(statement)));
  return statements.reduce((sum, each) => sum + each.ms, 0);
}

/** The statement's plan with its own bound values, on the app's connection (EXPLAIN QUERY PLAN, or PostgreSQL's EXPLAIN). */
export async function explain(statement: SqlQuery): Promise<PlanLine[]> {
  return explainStatement(statement, boundValues(statement));
}

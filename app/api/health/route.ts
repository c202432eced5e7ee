import { healthReport } from "@/lib/health/checks";

/** Every request checks anew: a cached "ok" would hide an outage. */
export const dynamic = "force-dynamic";

/** 200 when the database and the realtime server both answer, 503 otherwise (load balancers read the status). */
export async function GET(): Promise<Response> {
  const report = await healthReport();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

import type { Metadata } from "next";
import Link from "next/link";
import { ColumnTable } from "@/components/admin/column-table";
import { LabelledSelect } from "@/components/labelled-select";
import { Pagination } from "@/components/pagination";
import { requireAdmin } from "@/lib/moderation/guard";
import { listMembers, type MemberRow } from "@/lib/moderation/members/queries";
import { memberListQuery, type MemberQuery } from "@/lib/moderation/members/schemas";
import { SEARCH_MAX } from "@/lib/paging/list-query";
import { MemberStatus, formatDay } from "./member-status";

export const metadata: Metadata = { title: "Members" };

const BASE_PATH = "/admin/members";
// In the order the filters list them.
const ROLE_LABELS: Record<MemberQuery["role"], string> = { any: "Any role", member: "Members", admin: "Admins" };
const STATUS_LABELS: Record<MemberQuery["status"], string> = { any: "Any status", active: "Active", banned: "Banned now" };

export default async function MembersPage({ searchParams }: PageProps<"/admin/members">) {
  await requireAdmin();
  const params = await searchParams;
  const query = memberListQuery.parse(params);
  const list = await listMembers(query);
  return (
    <>
      <h2>Members</h2>
      {params.deleted === "1" && (
        <p className="form-message form-message-success" role="status">
          The member was deleted with all their artwork, comments and messages.
        </p>
      )}
      <MemberFilters query={query} />
      <p>
        {list.total} member{list.total === 1 ? "" : "s"}, newest first.
      </p>
      {list.items.length > 0 && <MemberTable rows={list.items} />}
      <Pagination list={list} basePath={BASE_PATH} query={memberListQuery.params(query)} />
    </>
  );
}

/** A plain GET form: the filters live in the URL, work without JavaScript, and paging keeps them. */
function MemberFilters({ query }: { query: MemberQuery }) {
  return (
    <form method="get" action={BASE_PATH} role="search" className="admin-filters">
      <label>
        Name
        <input type="search" name="q" defaultValue={query.q} maxLength={SEARCH_MAX} placeholder="Username or display name" />
      </label>
      <LabelledSelect label="Role" name="role" defaultValue={query.role} options={ROLE_LABELS} />
      <LabelledSelect label="Status" name="status" defaultValue={query.status} options={STATUS_LABELS} />
      <button type="submit" className="secondary">
        Search members
      </button>
    </form>
  );
}

function MemberTable({ rows }: { rows: MemberRow[] }) {
  return (
    <ColumnTable className="member-table" columns={["Name", "Role", "Status", "Joined", "Artwork", "Comments"]}>
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row">
            <Link href={`${BASE_PATH}/${row.id}`}>{row.username}</Link>
            {row.displayName && <small className="member-display-name"> {row.displayName}</small>}
          </th>
          <td>{row.role === "ADMIN" ? "Admin" : "Member"}</td>
          <td>
            <MemberStatus ban={row.ban} />
          </td>
          <td>
            <time dateTime={row.joinedAt.toISOString()}>{formatDay(row.joinedAt)}</time>
          </td>
          <td>{row.artworkCount}</td>
          <td>{row.commentCount}</td>
        </tr>
      ))}
    </ColumnTable>
  );
}

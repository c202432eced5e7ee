import { ModerationForm } from "@/components/admin/moderation-form";
import { LabelledSelect } from "@/components/labelled-select";
import type { MemberDetail } from "@/lib/moderation/members/queries";
import { BAN_DURATION_LABELS } from "@/lib/moderation/members/schemas";
import { banMemberAction, deleteMemberAction, setAdminRoleAction, unbanMemberAction } from "../actions";

type MemberActionsProps = { member: Pick<MemberDetail, "id" | "username" | "role" | "ban">; viewerId: string };

type BanFormProps = {
  memberId: string;
  idPrefix: string;
  /** A ban in force is replaced: the new duration counts from now. */
  replacing?: boolean;
  summary?: string;
  /** The queue's report this ban answers, closed with it. */
  reportId?: string;
};

/** Always folded, so the form (and its answer) stays in place when the ban starts. */
export function BanForm({ memberId, idPrefix, replacing = false, summary, reportId }: BanFormProps) {
  return (
    <ModerationForm
      action={banMemberAction}
      fields={reportId ? { memberId, reportId } : { memberId }}
      label={replacing ? "Replace ban" : "Ban member"}
      idPrefix={idPrefix}
      reason="required"
      summary={summary ?? (replacing ? "Change the ban…" : "Ban member…")}
    >
      <LabelledSelect
        label="Ban duration"
        id={`${idPrefix}-duration`}
        name="duration"
        defaultValue="7d"
        required
        options={BAN_DURATION_LABELS}
      />
    </ModerationForm>
  );
}

/**
 * Only the actions that fit the member's state: an admin is neither banned
 * nor deleted (remove the role first), nobody bans or deletes themselves,
 * and a banned member is not made an admin. The server refuses all of these
 * anyway; leaving the forms out just spares a pointless click.
 */
export function MemberActions({ member, viewerId }: MemberActionsProps) {
  const fields = { memberId: member.id };
  const isSelf = member.id === viewerId;
  const isAdmin = member.role === "ADMIN";
  return (
    <div className="member-actions">
      {isAdmin && !isSelf && <p>Admins cannot be banned or deleted: remove their admin role first.</p>}
      {!isAdmin && !isSelf && <BanForm memberId={member.id} idPrefix="ban" replacing={!!member.ban} />}
      {member.ban && <ModerationForm action={unbanMemberAction} fields={fields} label="Unban member" idPrefix="unban" reason="optional" />}
      {!isAdmin && !member.ban && (
        <ModerationForm
          action={setAdminRoleAction}
          fields={{ ...fields, makeAdmin: "true" }}
          label="Make admin"
          idPrefix="make-admin"
          reason="optional"
          summary="Make admin…"
        />
      )}
      {isAdmin && (
        <ModerationForm
          action={setAdminRoleAction}
          fields={{ ...fields, makeAdmin: "false" }}
          label={isSelf ? "Remove my admin role" : "Remove admin role"}
          idPrefix="remove-admin"
          reason="optional"
          summary={isSelf ? "Remove my admin role… (you lose access to moderation at once)" : "Remove admin role…"}
          destructive={isSelf}
        />
      )}
      {!isAdmin && !isSelf && (
        <ModerationForm
          action={deleteMemberAction}
          fields={fields}
          label="Delete member and all their content"
          idPrefix="delete"
          reason="optional"
          summary="Delete member…"
          destructive
        />
      )}
    </div>
  );
}

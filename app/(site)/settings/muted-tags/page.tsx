import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { tagHref } from "@/components/tag-links";
import { requireUser } from "@/lib/auth/session";
import { listMutedTags, MUTED_TAGS_MAX } from "@/lib/tags/muting";
import { muteTagAction, unmuteTagAction } from "./actions";
import { MuteTagForm } from "./mute-tag-form";

export const metadata: Metadata = { title: "Muted tags" };

export default async function MutedTagsPage() {
  const user = await requireUser("/settings/muted-tags");
  const muted = await listMutedTags(user.id);
  return (
    <>
      <h2>Muted tags</h2>
      <p>
        Artwork with a tag you mute never shows in your lists: the gallery, tag pages, and other members&apos; profiles. A link to one still
        opens it. You can mute up to {MUTED_TAGS_MAX} tags.
      </p>
      <MuteTagForm action={muteTagAction} />
      {muted.length === 0 ? (
        <p>You have not muted any tags.</p>
      ) : (
        <>
          <h3>
            {muted.length} muted tag{muted.length === 1 ? "" : "s"}
          </h3>
          <ul className="muted-tags">
            {muted.map((tag) => (
              <li key={tag.id}>
                <Link href={tagHref(tag.name)}>#{tag.name}</Link>
                <ActionButton
                  action={unmuteTagAction}
                  fields={{ tagId: String(tag.id) }}
                  label={`Unmute #${tag.name}`}
                  className="secondary"
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

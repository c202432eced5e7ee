"use server";

import { adminAction } from "@/lib/actions/validated-action";
import { deleteArtworkAsAdmin, hideArtwork, unhideArtwork } from "@/lib/moderation/artwork/commands";
import { siteWideAnswer } from "@/lib/actions/site-wide-answer";
import { deleteArtworkAsAdminSchema, hideArtworkSchema, unhideArtworkSchema } from "@/lib/moderation/artwork/schemas";

export const hideArtworkAction = adminAction(hideArtworkSchema, async (input, admin) => siteWideAnswer(await hideArtwork(admin, input)));

export const unhideArtworkAction = adminAction(unhideArtworkSchema, async (input, admin) =>
  siteWideAnswer(await unhideArtwork(admin, input)),
);

export const deleteArtworkAction = adminAction(deleteArtworkAsAdminSchema, async (input, admin) =>
  siteWideAnswer(await deleteArtworkAsAdmin(admin, input)),
);

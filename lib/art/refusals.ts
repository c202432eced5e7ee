/** What a member reads when the artwork they acted on is gone (or hidden: for everyone but its owner it does not exist). */
export const ARTWORK_GONE = "This artwork no longer exists.";
/** Ownership is part of the query, so another member's artwork and a missing one read the same. */
export const NOT_YOUR_ARTWORK = "This artwork does not exist, or it is not yours to change.";
export const NOT_ALL_YOUR_ARTWORK = "Nothing was deleted: some of that artwork does not exist, or is not yours.";

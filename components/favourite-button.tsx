"use client";

import { startTransition, useActionState, useOptimistic } from "react";
import { useFavouriteAction, type FavouriteAction } from "@/components/favourite-action";
import { FavouriteCount } from "@/components/favourite-count";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export type FavouriteShown = { favourited: boolean; count: number };

type FavouriteButtonProps = FavouriteShown & { artworkId: string; title: string };

/** The server's answer for this artwork, which is newer than the page's props until the page renders again. */
function answered(state: FormState, artworkId: string): FavouriteShown | null {
  const values = state.values;
  if (state.status !== "success" || values?.artworkId !== artworkId || values.favourited === undefined) return null;
  return { favourited: values.favourited === "true", count: Number(values.count) };
}

/**
 * The heart: a one-button form that posts what it asks for ("add" or
 * "remove"), so it works without JavaScript and a double submit changes
 * nothing twice. With JavaScript the change shows at once; a refusal puts
 * the old state back and says why.
 */
export function FavouriteButton(props: FavouriteButtonProps) {
  const action = useFavouriteAction();
  if (!action) return <FavouriteCount count={props.count} />;
  return <FavouriteForm {...props} action={action} />;
}

function FavouriteForm({ artworkId, title, favourited, count, action }: FavouriteButtonProps & { action: FavouriteAction }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const saved = answered(state, artworkId) ?? { favourited, count };
  const [shown, show] = useOptimistic(saved, (_current, next: FavouriteShown) => next);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => {
      show({ favourited: !shown.favourited, count: shown.count + (shown.favourited ? -1 : 1) });
      formAction(data);
    });
  }

  const name = shown.favourited ? `Remove ${title} from favourites` : `Add ${title} to favourites`;
  return (
    <form action={formAction} onSubmit={onSubmit} className="favourite">
      <input type="hidden" name="artworkId" value={artworkId} />
      <input type="hidden" name="intent" value={shown.favourited ? "remove" : "add"} />
      <button
        type="submit"
        className="favourite-button"
        aria-pressed={shown.favourited}
        aria-label={name}
        title={name}
        aria-busy={pending || undefined}
      >
        <span aria-hidden="true">{shown.favourited ? "♥" : "♡"}</span>
      </button>
      <FavouriteCount count={shown.count} />
      {state.status === "error" && (
        <span className="favourite-error" role="alert">
          {state.message ?? state.fieldErrors?.artworkId?.[0] ?? "That did not work. Try again."}
        </span>
      )}
    </form>
  );
}

"use client";

import { useActionState, useOptimistic, startTransition } from "react";
import { FormMessage } from "@/components/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { describeAverage } from "@/lib/ratings/score";
import { clearRating, saveRating } from "./actions";

export type RatingState = { count: number; sum: number; mine: number | null };

const STARS = [1, 2, 3, 4, 5] as const;

function withChoice(state: RatingState, value: number | null): RatingState {
  const count = state.count + (state.mine === null ? 1 : 0) - (value === null ? 1 : 0);
  const sum = state.sum - (state.mine ?? 0) + (value ?? 0);
  return { count, sum, mine: value };
}

/**
 * Five radio buttons in a fieldset: arrow keys move between stars, and
 * without JavaScript "Save rating" posts the form. With JavaScript a choice
 * is saved at once and shown before the server answers; a refusal puts the
 * old numbers back.
 */
export function RatingForm({ artworkId, rating }: { artworkId: string; rating: RatingState }) {
  const [saveState, save] = useActionState(saveRating, initialFormState);
  const [clearState, clear] = useActionState(clearRating, initialFormState);
  const [shown, choose] = useOptimistic(rating, withChoice);
  const answer = saveState.message ? saveState : clearState;

  function onChoose(event: React.ChangeEvent<HTMLInputElement>) {
    const form = event.currentTarget.form!;
    const value = Number(event.currentTarget.value);
    startTransition(() => {
      choose(value);
      save(new FormData(form));
    });
  }

  return (
    <div className="rating">
      <p className="rating-average" aria-live="polite">
        ★ {describeAverage(shown)}
      </p>
      <form action={save}>
        <input type="hidden" name="artworkId" value={artworkId} />
        <fieldset className="stars">
          <legend>Your rating</legend>
          {STARS.map((star) => (
            <label key={star}>
              <input type="radio" name="value" value={star} checked={shown.mine === star} onChange={onChoose} />
              <span aria-hidden="true">{star}★</span>
              <span className="visually-hidden">
                {star} star{star === 1 ? "" : "s"}
              </span>
            </label>
          ))}
        </fieldset>
        <noscript>
          <button type="submit">Save rating</button>
        </noscript>
      </form>
      {shown.mine !== null && (
        <form action={clear}>
          <input type="hidden" name="artworkId" value={artworkId} />
          <button type="submit" className="link-button">
            Remove my rating
          </button>
        </form>
      )}
      <FormMessage message={answer.message} status={answer.status} />
    </div>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { FieldFrame } from "@/components/field-frame";
import { TAGS_PER_ARTWORK } from "@/lib/tags/normalise";

type TagsFieldProps = { id?: string; defaultValue?: string; errors?: string[] };

/** Waits for a pause in typing, so a word is one request rather than one per letter. */
const TYPING_PAUSE_MS = 150;

/** The tag being typed (after the last comma, or the last space when there is no comma) and what comes before it. */
function splitLastTag(value: string): { head: string; last: string } {
  const separator = value.includes(",") ? /,\s*/g : /\s+/g;
  let cut = 0;
  for (const match of value.matchAll(separator)) cut = match.index + match[0].length;
  return { head: value.slice(0, cut), last: value.slice(cut) };
}

/**
 * A plain text field (the form works without JavaScript), with a datalist
 * of tags in use that start like the one being typed. Each suggestion is
 * the whole field's value with the last tag completed, since a datalist
 * replaces the whole value when one is picked.
 */
export function TagsField({ id = "field-tags", defaultValue, errors }: TagsFieldProps) {
  const [options, setOptions] = useState<string[]>([]);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; request?: AbortController }>({});

  useEffect(() => {
    const current = pending.current;
    return () => {
      clearTimeout(current.timer);
      current.request?.abort();
    };
  }, []);

  function onInput(event: React.FormEvent<HTMLInputElement>) {
    const { head, last } = splitLastTag(event.currentTarget.value);
    clearTimeout(pending.current.timer);
    pending.current.request?.abort();
    if (last.replace(/^#+/, "").trim() === "") return setOptions([]);
    pending.current.timer = setTimeout(async () => {
      const request = new AbortController();
      pending.current.request = request;
      try {
        const response = await fetch(`/api/tags/suggest?prefix=${encodeURIComponent(last)}`, { signal: request.signal });
        if (!response.ok) return;
        const { tags } = (await response.json()) as { tags: string[] };
        const typed = head.toLowerCase();
        setOptions(tags.filter((tag) => !typed.includes(tag)).map((tag) => `${head}${tag}`));
      } catch {
        // Aborted by the next keystroke, or offline: the field works without suggestions.
      }
    }, TYPING_PAUSE_MS);
  }

  const listId = `${id}-suggestions`;
  return (
    <FieldFrame
      label="Tags (optional)"
      id={id}
      errors={errors}
      hint={`Up to ${TAGS_PER_ARTWORK}, separated by commas or spaces: “digital painting, ink”. Letters, digits and hyphens.`}
    >
      {(wiring) => (
        <>
          <input {...wiring} name="tags" type="text" autoComplete="off" list={listId} defaultValue={defaultValue} onInput={onInput} />
          <datalist id={listId}>
            {options.map((option) => (
              <option key={option} value={option} />
            ))}
          </datalist>
        </>
      )}
    </FieldFrame>
  );
}

"use client";

import { useActionState, useEffect, useEffectEvent, useRef, type KeyboardEvent } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState } from "@/lib/actions/form-state";
import { sendMessage } from "../actions";
import { useHydrated } from "./message-time";
import { MESSAGE_MAX } from "@/lib/validation/form-rules";

/** Often enough that the others' "is typing" never lapses while someone types, rarely enough to stay far below the client-event limit. */
const TYPING_SIGNAL_INTERVAL_MS = 2_500;

type SendFormProps = {
  roomId: string;
  socketId?: string;
  /** After a stored message: the page fetches it (and anything else new). */
  onSent: () => void;
  onTyping: () => void;
};

/** Enter sends; Shift+Enter (and Enter while composing with an input method) makes a new line. */
function isSendKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing;
}

export function SendForm({ roomId, socketId, onSent, onTyping }: SendFormProps) {
  const [state, formAction, pending] = useActionState(sendMessage, initialFormState);
  const hydrated = useHydrated();
  const lastTypingSignal = useRef(0);
  const sent = useEffectEvent(onSent);
  useEffect(() => {
    if (state.status === "success") sent();
  }, [state]);

  function sendOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!isSendKey(event)) return;
    event.preventDefault();
    // The text stays in the box until the send finishes; a second Enter meanwhile would send it twice.
    if (!pending) event.currentTarget.form?.requestSubmit();
  }

  function typing() {
    if (Date.now() - lastTypingSignal.current < TYPING_SIGNAL_INTERVAL_MS) return;
    lastTypingSignal.current = Date.now();
    onTyping();
  }

  return (
    <form action={formAction} className="chat-send-form">
      <input type="hidden" name="roomId" value={roomId} />
      <input type="hidden" name="socketId" value={socketId ?? ""} />
      <TextAreaField
        label="Message"
        name="body"
        rows={2}
        maxLength={MESSAGE_MAX}
        required
        defaultValue={state.values?.body}
        errors={state.fieldErrors?.body}
        hint={hydrated ? "Enter sends; Shift+Enter starts a new line." : undefined}
        onKeyDown={sendOnEnter}
        onInput={typing}
      />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Send</SubmitButton>
    </form>
  );
}

"use client";

import { useEffect, useState } from "react";

/** How long "is typing" shows after a member's last signal (they send one every few seconds while typing). */
const TYPING_SHOWN_MS = 5_000;

/** The members who signalled typing lately: user id → until when it shows. */
export function useTyping() {
  const [typing, setTyping] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    if (typing.size === 0) return;
    const next = Math.min(...typing.values());
    const timer = setTimeout(
      () => {
        const now = Date.now();
        setTyping((current) => new Map([...current].filter(([, until]) => until > now)));
      },
      Math.max(0, next - Date.now()) + 50,
    );
    return () => clearTimeout(timer);
  }, [typing]);

  return {
    typingIds: typing,
    started: (userId: string) => setTyping((current) => new Map(current).set(userId, Date.now() + TYPING_SHOWN_MS)),
    /** Their message arrived: they are done typing it. */
    stopped: (userId: string) =>
      setTyping((current) => {
        if (!current.has(userId)) return current;
        const next = new Map(current);
        next.delete(userId);
        return next;
      }),
  };
}

export function typingSentence(names: string[]): string {
  if (names.length === 0) return "";
  if (names.length === 1) return `${names[0]} is typing…`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`;
  return "Several people are typing…";
}

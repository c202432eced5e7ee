"use client";

import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Avatar } from "@/components/avatar";
import { ReportLink } from "@/components/report-link";
import type { ChatMessageData } from "@/lib/chat/messages";
import { removeMessage } from "../actions";
import { MessageTime } from "./message-time";

type ChatMessageProps = {
  message: ChatMessageData;
  own: boolean;
  /** The page's realtime connection, left out of the deletion's broadcast (the page removes the message itself). */
  socketId?: string;
  onDeleted: (id: number) => void;
};

/** Plain text only: React escapes it, CSS keeps its line breaks, nothing becomes a link. */
export function ChatMessage({ message, own, socketId, onDeleted }: ChatMessageProps) {
  return (
    <li className="chat-message" data-message-id={message.id}>
      <Avatar author={message.author} size={36} />
      <div>
        <p className="chat-message-meta">
          <Link href={message.author.href}>{message.author.name}</Link> <MessageTime iso={message.createdAt} />
        </p>
        <p className="chat-message-body">{message.body}</p>
        {own ? (
          <ActionButton
            action={removeMessage}
            fields={{ messageId: String(message.id), socketId: socketId ?? "" }}
            label="Delete message"
            className="link-button"
            onSuccess={() => onDeleted(message.id)}
          />
        ) : (
          <ReportLink type="CHAT_MESSAGE" id={message.id} what={`message by ${message.author.name}`} />
        )}
      </div>
    </li>
  );
}

import "./chat.css";

/** Chat's styles load on the chat pages only; the layout adds nothing else. */
export default function ChatLayout({ children }: { children: React.ReactNode }) {
  return children;
}

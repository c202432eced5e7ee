/** The admin sections, in the order the navigation lists them. */
export const ADMIN_SECTIONS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/members", label: "Members" },
  { href: "/admin/artwork", label: "Artwork" },
  { href: "/admin/comments", label: "Comments" },
  { href: "/admin/messages", label: "Chat messages" },
  { href: "/admin/rooms", label: "Rooms" },
  { href: "/admin/mail", label: "Mail" },
  { href: "/admin/audit", label: "Audit log" },
] as const;

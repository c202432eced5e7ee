/** The settings sections, in the order the navigation lists them. */
export const SETTINGS_SECTIONS = [
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/username", label: "Username" },
  { href: "/settings/password", label: "Password" },
  { href: "/settings/email", label: "Email" },
  { href: "/settings/artwork", label: "My artwork" },
  { href: "/settings/reports", label: "My reports" },
  { href: "/settings/blocked", label: "Blocked members" },
  { href: "/settings/notifications", label: "Notifications" },
  { href: "/settings/privacy", label: "Privacy" },
  { href: "/settings/muted-tags", label: "Muted tags" },
  { href: "/settings/appearance", label: "Appearance" },
  { href: "/settings/account", label: "Delete account" },
] as const;

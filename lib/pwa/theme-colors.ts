/** The browser chrome's colours, light and dark: the viewport meta and the manifest share them. */
export const THEME_COLORS = { light: "#ffffff", dark: "#13171f" } as const;

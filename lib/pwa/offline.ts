/** The offline page's root element: components/pwa/session-sync.tsx knows it is on it by this id. */
export const OFFLINE_PAGE_ID = "offline-page";

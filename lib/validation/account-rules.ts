/** The numbers behind the account rules; light enough for client forms to import for their hints. */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** Also an HTML `pattern` (the v flag there requires "-" escaped inside a class). */
export const USERNAME_PATTERN = "[A-Za-z0-9_\\-]+";

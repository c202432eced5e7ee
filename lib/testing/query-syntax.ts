/**
 * Characters that mean something in FTS5's query language, in tsquery, in
 * LIKE patterns or in SQL itself, and control characters: the search tests
 * type each one to show it is read as text, never as syntax.
 */
export const QUERY_SYNTAX_CHARACTERS = [
  '"',
  "*",
  "^",
  ":",
  "(",
  ")",
  "-",
  "+",
  "'",
  "\\",
  "%",
  "_",
  ";",
  "\0",
  "\u0001",
  "\u0007",
  "\u001b",
  "{",
  "}",
  "&",
  "|",
  "!",
  "<",
  ">",
];

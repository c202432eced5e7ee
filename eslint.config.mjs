import { builtinModules } from "node:module";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import { defineConfig, globalIgnores } from "eslint/config";
import boundary from "./lint/client-imports.mjs";

const onServer = "runs on the server only: a client module would ship it to every browser, or break the build.";
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith("_")).join("|");

/**
 * What a "use client" module may not import (lint/client-bundle.test.ts follows the imports further,
 * through every module on the way). Type-only imports are erased, so they stay allowed.
 */
const clientRestrictions = {
  paths: [
    {
      name: "zod",
      allowTypeImports: true,
      message: "zod validates on the server; forms use the plain limits in @/lib/validation/form-rules.",
    },
    { name: "server-only", message: `A module marked server-only ${onServer}` },
    { name: "@/lib/db", allowTypeImports: true, message: `The database ${onServer}` },
    { name: "next/headers", message: `Request headers and cookies are read on the server.` },
    ...["sharp", "better-sqlite3", "@node-rs/argon2", "pusher", "ws"].map((name) => ({ name, message: `${name} ${onServer}` })),
  ],
  patterns: [
    {
      regex: "^zod/",
      allowTypeImports: true,
      message: "zod validates on the server; forms use the plain limits in @/lib/validation/form-rules.",
    },
    {
      regex: "^@/lib/(validation/(?!form-rules$)|(.+/)?schemas$|env-schema$)",
      allowTypeImports: true,
      message: "Validation schemas are built with zod; forms use the plain limits in @/lib/validation/form-rules.",
    },
    {
      regex: "^@/lib/generated/prisma/(?!enums$)",
      allowTypeImports: true,
      message: "Prisma's client and models run on the server; enum values come from @/lib/generated/prisma/enums.",
    },
    { regex: "^@prisma/", allowTypeImports: true, message: `Prisma ${onServer}` },
    { regex: "^@/lib/database(/|$)", allowTypeImports: true, message: `The database ${onServer}` },
    { regex: "^next-auth(?!/react$)(/|$)", allowTypeImports: true, message: `next-auth ${onServer} Sessions reach the browser as props.` },
    {
      regex: `^(node:.*|(${nodeBuiltins})(/.*)?)$`,
      allowTypeImports: true,
      message: `Node's built-in modules do not exist in the browser.`,
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { boundary },
    rules: { "boundary/client-imports": ["error", clientRestrictions] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/app/|(\\.\\./)+app/)",
              message: "components/ holds reusable UI: it cannot depend on a route folder. Move what both need to components/ or lib/.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "e2e/.artifacts/**",
  ]),
]);

import { readFileSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const sourceFolders = ["app", "components", "lib"];

/** Packages that must never reach a browser bundle, whichever module on the way imports them. */
function forbiddenPackage(specifier: string): string | null {
  if (specifier === "zod" || specifier.startsWith("zod/")) return "zod";
  if (specifier === "server-only") return "server-only";
  if (specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0])) return "a Node built-in";
  if (specifier.startsWith("@prisma/")) return "Prisma";
  if (specifier === "next-auth" || (specifier.startsWith("next-auth/") && specifier !== "next-auth/react")) return "next-auth";
  if (["better-sqlite3", "sharp", "pusher", "ws", "@node-rs/argon2", "next/headers"].includes(specifier)) return specifier;
  return null;
}

/** Prisma's generated client needs its server runtime; only its enums module is plain constants. */
function forbiddenProjectFile(file: string): string | null {
  const generated = relative(file).startsWith("lib/generated/prisma/");
  return generated && relative(file) !== "lib/generated/prisma/enums.ts" ? "the Prisma client" : null;
}

const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config;
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
}

function directives(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    found.push(statement.expression.text);
  }
  return found;
}

/** An import the compiler keeps: type-only imports and exports are erased before bundling. */
function isRuntimeImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return true; // import "x": kept for its side effects
  if (clause.isTypeOnly) return false;
  const bindings = clause.namedBindings;
  const onlyTypeSpecifiers = bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
  return clause.name !== undefined || !onlyTypeSpecifiers || bindings.elements.length === 0;
}

function runtimeImports(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && isRuntimeImport(node)) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The project file an import leads to, or null for a package (not followed: checked by name). */
function resolveProjectFile(specifier: string, from: string): string | null {
  const resolved = ts.resolveModuleName(specifier, from, options, ts.sys).resolvedModule;
  if (!resolved || resolved.isExternalLibraryImport || !/\.tsx?$/.test(resolved.resolvedFileName)) return null;
  return resolved.resolvedFileName;
}

const relative = (file: string) => path.relative(root, file);

/**
 * Everything a client module pulls into the browser, as chains of imports ending in a forbidden
 * one. "use server" modules end the walk: the bundler replaces them with references to the server.
 */
function browserLeaks(entry: string): string[] {
  const leaks: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = parse(file);
    if (chain.length > 0 && directives(source).includes("use server")) return;
    const via = [...chain, relative(file)];
    for (const specifier of runtimeImports(source)) {
      const next = resolveProjectFile(specifier, file);
      const reason = forbiddenPackage(specifier) ?? (next && forbiddenProjectFile(next));
      if (reason) leaks.push(`${[...via, specifier].join(" → ")} (${reason})`);
      else if (next) walk(next, via);
    }
  };
  walk(entry, []);
  return leaks;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.startsWith("generated"))
    .map((name) => path.join(root, folder, name));
}

const clientModules = sourceFolders.flatMap(sourceFiles).filter((file) => directives(parse(file)).includes("use client"));

describe("client bundles", () => {
  it("finds the client modules to check", () => {
    expect(clientModules.map(relative)).toContain("components/submit-button.tsx");
  });

  it.each(clientModules.map(relative))("%s pulls in no zod, server-only module, Prisma client or Node built-in", (file) => {
    expect(browserLeaks(path.join(root, file))).toEqual([]);
  });
});

import { builtinRules } from "eslint/use-at-your-own-risk";

const restrictedImports = builtinRules.get("no-restricted-imports");

/** True when the file starts with the "use client" directive: everything it imports ships to browsers. */
function isClientModule(sourceCode) {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

/**
 * ESLint's no-restricted-imports, with the same options, applied only to "use client" modules.
 * A folder or file-name convention would let a new client component slip past; the directive
 * cannot, because without it the component is not a client module.
 */
export const clientImports = {
  meta: {
    ...restrictedImports.meta,
    docs: { description: 'Disallow imports in "use client" modules that must not reach the browser' },
  },
  create(context) {
    return isClientModule(context.sourceCode) ? restrictedImports.create(context) : {};
  },
};

const boundaryPlugin = { rules: { "client-imports": clientImports } };
export default boundaryPlugin;

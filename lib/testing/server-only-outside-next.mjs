/**
 * Preloaded (node --import) by test helpers that run the app's modules in a
 * plain Node process: "server-only" throws unless bundled for the server,
 * and the react-server condition that would satisfy it gives React without
 * the client half that next/navigation loads. Vitest aliases it the same way.
 */
import { register } from "node:module";

const empty = new URL("../../node_modules/server-only/empty.js", import.meta.url).href;
const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

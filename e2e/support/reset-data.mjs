// Starts every e2e server run on an empty database and media folder.
import { rmSync } from "node:fs";
import path from "node:path";

rmSync(path.resolve(import.meta.dirname, "../.artifacts/data"), { recursive: true, force: true });

// Imported first by every CLI script: Next.js reads .env for the app, the
// scripts must do it themselves before lib/env.ts validates the variables.
import { loadDotEnv } from "@/lib/env-schema";

loadDotEnv();

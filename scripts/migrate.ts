// npm run db:migrate: apply pending migrations to DATABASE_URL (creating the file and folder if needed).
import { env } from "@/lib/env";
import { prepareDatabase } from "./prepare-database";

prepareDatabase(env.DATABASE_URL);
console.log(`Migrations applied to ${env.DATABASE_URL}.`);

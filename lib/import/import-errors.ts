import { z } from "zod";
import type { ActionResult } from "@/lib/result";

// Why an import step did not go through, carried back to the import pages in the query string (the forms work
// without JavaScript, so there is no client state to hold it). Only these fixed keys reach the URL.

export const IMPORT_ERROR_PARAM = "fehler";

export const importErrors = [
  "importFileMissing",
  "importFileTooLarge",
  "importUnreadable",
  "importUnknownFormat",
  "importJsonNotHsds",
  "importPackageWithoutServices",
  "mappingIncomplete",
  "conflict",
  "failed",
] as const;
export type ImportError = (typeof importErrors)[number];

/** The key for a failed step: the file's problem, an incomplete mapping, a conflict, anything else. */
export function importErrorOf(result: Extract<ActionResult<unknown>, { ok: false }>): ImportError {
  const { key } = result.message;
  if (key === "invalidInput" && result.fieldErrors) return "mappingIncomplete";
  return (importErrors as readonly string[]).includes(key) ? (key as ImportError) : "failed";
}

/** The error a page shows; a hand-edited value shows nothing. */
export const ImportErrorSchema = z.enum(importErrors).optional().catch(undefined);

"use server";

import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { IMPORT_ERROR_PARAM, importErrorOf } from "@/lib/import/import-errors";
import { approveImportRun, confirmImportMapping, startImportRun } from "@/lib/import/import-runs";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

// The import page's forms are plain HTML forms posting to these actions, so every step works without
// JavaScript: the outcome travels in the redirect back to the run's page (its state, or an error key).

async function backToRun(runId: string, result: ActionResult<unknown>, anchor = ""): Promise<never> {
  const locale = await getLocale();
  const id = recordIdSchema.safeParse(runId).data;
  if (!id) return redirect({ href: "/verwaltung/import", locale });
  const query = result.ok ? "" : `?${IMPORT_ERROR_PARAM}=${importErrorOf(result)}`;
  return redirect({ href: `/verwaltung/import/${id}${query}${result.ok ? anchor : ""}`, locale });
}

/** Confirms the column mapping and makes the dry run. */
export async function confirmMappingAction(runId: string, formData: FormData): Promise<void> {
  const result = await runAction(async () => {
    const actor = await getActor();
    await confirmImportMapping(actor, parseInput(recordIdSchema, runId), formDataToObject(formData).map ?? {});
    return null;
  });
  await backToRun(runId, result, "#bericht");
}

/** Starts the real run; the page then shows its progress. */
export async function startImportAction(runId: string): Promise<void> {
  const result = await runAction(async () => {
    await startImportRun(await getActor(), parseInput(recordIdSchema, runId));
    return null;
  });
  await backToRun(runId, result);
}

/** Approves every organisation of the run and publishes its offers waiting in review. */
export async function approveImportAction(runId: string): Promise<void> {
  const result = await runAction(async () => {
    await approveImportRun(await getActor(), parseInput(recordIdSchema, runId));
    return null;
  });
  await backToRun(runId, result);
}

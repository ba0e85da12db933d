"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { markReportHandled } from "@/lib/network/reports";
import { runAction, type ActionResult } from "@/lib/result";

export async function markReportHandledAction(reportId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await markReportHandled(await getActor(), reportId);
    revalidatePath("/[locale]/verwaltung/meldungen", "page");
    return null;
  });
}

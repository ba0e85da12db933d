import type { NextRequest } from "next/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { apiError } from "@/lib/http/api-error";
import { isLocale } from "@/lib/i18n/locales";
import { IMPORT_ERROR_PARAM, importErrorOf, type ImportError } from "@/lib/import/import-errors";
import { createImportRun, defaultSourceName, MAX_UPLOAD_BYTES } from "@/lib/import/import-runs";
import { runAction } from "@/lib/result";

type Context = { params: Promise<{ locale: string }> };

// The upload of the import page: a plain multipart form, so it works without JavaScript. A route handler rather
// than a server action because a server action's body stops at Next's 1 MB limit with an error page; here the
// size is checked while reading and a file too large comes back as a message (docs/decisions/015-import.md).
// Admins only: signed out is 401, anyone else 404. The session cookie is SameSite=Lax and a foreign Origin is
// refused, so another site cannot post here on an admin's behalf.

const FORM_OVERHEAD_BYTES = 64 * 1024;
const SourceSchema = z.string().trim().max(60).optional().catch(undefined);

async function readCapped(request: NextRequest, limit: number): Promise<Buffer | null> {
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function POST(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return notFound();
  const redirectTo = (pathname: string) =>
    new Response(null, {
      status: 303,
      headers: { location: `${env.PUBLIC_URL}/${locale}${pathname}`, "cache-control": "no-store" },
    });
  const back = (error: ImportError) => redirectTo(`/verwaltung/import?${IMPORT_ERROR_PARAM}=${error}`);
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(env.PUBLIC_URL).origin && origin !== request.nextUrl.origin)
    return apiError(403, "forbidden", "Cross-site form posts are not accepted.", {}, { "Cache-Control": "no-store" });
  const actor = await getActor();
  if (!actor) return apiError(401, "unauthenticated", "Sign in first.", {}, { "Cache-Control": "no-store" });
  if (!can(actor, "review:decide")) return notFound();

  const limit = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > limit) return back("importFileTooLarge");
  const body = await readCapped(request, limit);
  if (!body) return back("importFileTooLarge");
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(body)]), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return back("importFileMissing");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return back("importFileMissing");
  const source = SourceSchema.parse(form.get("source") ?? undefined);
  const result = await runAction(async () =>
    createImportRun(actor, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      source: source ? defaultSourceName(source) : undefined,
    }),
  );
  if (!result.ok) return back(importErrorOf(result));
  return redirectTo(`/verwaltung/import/${result.data.id}`);
}

function notFound(): Response {
  return apiError(404, "not_found", "There is nothing here.", {}, { "Cache-Control": "no-store" });
}

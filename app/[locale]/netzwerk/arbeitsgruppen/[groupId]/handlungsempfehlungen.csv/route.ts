import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { getWorkingGroupSpace } from "@/lib/working-groups/queries";
import { recommendationsCsv } from "@/lib/working-groups/recommendations-csv";
import { isLocale } from "@/lib/i18n/locales";
import { apiError } from "@/lib/http/api-error";

type Context = { params: Promise<{ locale: string; groupId: string }> };

// The recommendations board as CSV, for whoever may read the space, headed in the reader's language. Signed out
// is 401; anyone who may not read the space, and an unknown group, get 404, which says nothing about existence.
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, groupId: rawGroupId } = await params;
  // Route handlers skip the layout's locale check: an unknown locale is a 404, not a failing collator.
  if (!isLocale(locale)) return notFound();
  const actor = await getActor();
  if (!actor) return apiError(401, "unauthenticated", "Sign in first.", {}, { "Cache-Control": "no-store" });
  const groupId = recordIdSchema.safeParse(rawGroupId);
  if (!groupId.success) return notFound();
  let space;
  try {
    space = await getWorkingGroupSpace(actor, groupId.data, locale);
  } catch (error) {
    if (error instanceof DomainError) return notFound();
    throw error;
  }
  return new Response(recommendationsCsv(space.recommendations, locale), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      // Both slugs are [a-z0-9-], so they need no quoting beyond the quotes.
      "content-disposition": `attachment; filename="handlungsempfehlungen-${space.event.slug}-${space.slug}.csv"`,
      "cache-control": "no-store",
    },
  });
}

function notFound(): Response {
  return apiError(404, "not_found", "There is nothing to export here.", {}, { "Cache-Control": "no-store" });
}

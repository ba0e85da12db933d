import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { apiError } from "@/lib/http/api-error";
import { isLocale } from "@/lib/i18n/locales";
import { surveyAnswersCsv } from "@/lib/surveys/answers-csv";
import { findSurveyForAdmin } from "@/lib/surveys/queries";

type Context = { params: Promise<{ locale: string; id: string }> };

// A survey's answers as CSV, headed in the reader's language; admins only. Signed out is 401; anyone else, an
// unknown and a malformed id are 404, which says nothing about whether the survey exists. The answers hold no
// personal data (lib/surveys/answers-csv.ts), so no fresh sign-in is asked for, unlike attendee lists.
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, id } = await params;
  // Route handlers skip the layout's locale check: an unknown locale is a 404, not a failing collator.
  if (!isLocale(locale)) return notFound();
  const actor = await getActor();
  if (!actor) return apiError(401, "unauthenticated", "Sign in first.", {}, { "Cache-Control": "no-store" });
  if (!can(actor, "event:manage")) return notFound();
  const survey = await findSurveyForAdmin(actor, id);
  if (!survey) return notFound();
  return new Response(await surveyAnswersCsv(actor, survey.id, locale), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      // The slug is [a-z0-9-] (slugSchema), so it needs no quoting beyond the quotes.
      "content-disposition": `attachment; filename="umfrage-${survey.slug}.csv"`,
      "cache-control": "no-store",
    },
  });
}

function notFound(): Response {
  return apiError(404, "not_found", "There is nothing to export here.", {}, { "Cache-Control": "no-store" });
}

import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { findContactCard } from "@/lib/network/contact-card";
import { buildVCard } from "@/lib/network/vcard";
import { recordIdSchema } from "@/lib/validation/fields";
import { apiError } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

// Whether a profile exists is no one's business but its contacts': a malformed id, an unknown profile and a
// person who is not (or no longer) a contact all get the same 404. Only a signed-out caller is told 401.
function notFound() {
  return apiError(404, "not_found", "There is no contact with this profile id.");
}

/** GET /api/v1/network/contacts/{profileId}/vcard — an accepted contact as a vCard 4.0 download. */
export async function GET(_request: Request, { params }: { params: Promise<{ profileId: string }> }) {
  const actor = await getActor();
  if (!actor) return apiError(401, "unauthenticated", "Sign in first.");
  const profileId = recordIdSchema.safeParse((await params).profileId);
  if (!profileId.success) return notFound();
  const card = await findContactCard(actor.userId, profileId.data);
  if (!card) return notFound();
  return new NextResponse(buildVCard(card.contact), {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${card.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

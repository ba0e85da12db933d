import "server-only";
import { prisma } from "@/lib/db";
import { contactDetailsFor } from "@/lib/network/contact-requests";
import { findShownProfile } from "@/lib/network/directory";
import type { VCardContact } from "@/lib/network/vcard";
import { slugify } from "@/lib/validation/slugify";

/**
 * What the viewer may put in their address book about a person they are connected with (an accepted contact
 * request): the name and contact details the acceptance shared, plus organisation and role only while the
 * person shows them to the viewer. Null when there is no such profile or no accepted request, so a caller
 * cannot tell the two apart.
 */
export async function findContactCard(
  viewerUserId: string,
  profileId: string,
): Promise<{ contact: VCardContact; fileName: string } | null> {
  const profile = await prisma.profile.findUnique({
    where: { id: profileId },
    select: { userId: true, displayName: true },
  });
  if (!profile || profile.userId === viewerUserId) return null;
  const details = await contactDetailsFor(viewerUserId, profile.userId);
  if (!details) return null;
  // The locale only names topics, which a vCard does not carry.
  const shown = await findShownProfile(profileId, viewerUserId, "de");
  return {
    contact: {
      name: profile.displayName,
      organisation: shown?.organisationName ?? null,
      role: shown?.roleTitle ?? null,
      email: details.email,
      phone: details.phone,
    },
    fileName: `${slugify(profile.displayName) || "kontakt"}.vcf`,
  };
}

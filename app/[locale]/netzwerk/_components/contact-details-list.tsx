import { getTranslations } from "next-intl/server";
import type { ContactDetails } from "@/lib/network/contact-requests";

/** The contact details an accepted request shares, and the vCard download for the address book. */
export async function ContactDetailsList({
  details,
  profileId,
  name,
}: {
  details: ContactDetails;
  profileId: string | null;
  name: string;
}) {
  const t = await getTranslations("Network.contactDetails");
  return (
    <>
      <dl className="facts">
        <dt>{t("email")}</dt>
        <dd>
          <a href={`mailto:${details.email}`} dir="ltr">
            {details.email}
          </a>
        </dd>
        {details.phone ? (
          <>
            <dt>{t("phone")}</dt>
            <dd>
              <a href={`tel:${details.phone.replace(/[^\d+]/g, "")}`} dir="ltr">
                {details.phone}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {profileId ? (
        <p>
          {/* A file download from the API, not a page: a plain link without locale prefix. */}
          <a href={`/api/v1/network/contacts/${profileId}/vcard`} download>
            {t("vcard", { name })}
          </a>
        </p>
      ) : null}
    </>
  );
}

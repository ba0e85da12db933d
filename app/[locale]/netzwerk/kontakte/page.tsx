import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { listContactRequests } from "@/lib/network/contact-requests";
import { ContactDetailsList } from "../_components/contact-details-list";
import { respondToRequestAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Network.contactsPage" });
  return { title: t("title"), robots: { index: false } };
}

function PersonName({ name, profileId, fallback }: { name: string; profileId: string | null; fallback: string }) {
  const shown = name || fallback;
  return profileId ? (
    <Link href={`/netzwerk/personen/${profileId}`} dir="auto">
      {shown}
    </Link>
  ) : (
    <span dir="auto">{shown}</span>
  );
}

export default async function ContactsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/netzwerk/kontakte");
  const { incoming, outgoing, contacts } = await listContactRequests(actor.userId);
  const t = await getTranslations("Network.contactsPage");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const unnamed = t("unnamed");

  return (
    <>
      <p>
        <Link href="/netzwerk">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="description">{t("intro")}</p>

      <section aria-labelledby="incoming-heading">
        <h2 id="incoming-heading">{t("incomingTitle", { count: incoming.length })}</h2>
        {incoming.length === 0 ? (
          <p>{t("noIncoming")}</p>
        ) : (
          <ul className="contact-list">
            {incoming.map((request) => {
              const name = request.name || unnamed;
              return (
                <li key={request.id} className="card">
                  <h3>
                    <PersonName name={request.name} profileId={request.profileId} fallback={unnamed} />
                  </h3>
                  <p className="meta">{t("sentOn", { date: date(request.createdAt) })}</p>
                  <blockquote className="contact-message" dir="auto">
                    {request.message}
                  </blockquote>
                  <div className="button-row">
                    <ActionButton
                      action={respondToRequestAction.bind(null, request.id, "accept")}
                      label={t("accept", { name })}
                      variant="primary"
                    />
                    <ActionButton
                      action={respondToRequestAction.bind(null, request.id, "decline")}
                      label={t("decline", { name })}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t("contactsTitle", { count: contacts.length })}</h2>
        <p className="hint">{t("contactsHint")}</p>
        {contacts.length === 0 ? (
          <p>
            {t("noContacts")} <Link href="/netzwerk">{t("findPeople")}</Link>
          </p>
        ) : (
          <ul className="contact-list">
            {contacts.map((contact) => (
              <li key={contact.requestId} className="card">
                <h3>
                  <PersonName name={contact.name} profileId={contact.profileId} fallback={unnamed} />
                </h3>
                {contact.details ? (
                  <ContactDetailsList
                    details={contact.details}
                    profileId={contact.profileId}
                    name={contact.name || unnamed}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="outgoing-heading">
        <h2 id="outgoing-heading">{t("outgoingTitle", { count: outgoing.length })}</h2>
        {outgoing.length === 0 ? (
          <p>{t("noOutgoing")}</p>
        ) : (
          <ul className="contact-list">
            {outgoing.map((request) => (
              <li key={request.id} className="card">
                <h3>
                  <PersonName name={request.name} profileId={request.profileId} fallback={unnamed} />
                </h3>
                <p>
                  <span className={request.status === "declined" ? "badge" : "badge badge--warning"}>
                    {t(request.status === "declined" ? "statusDeclined" : "statusPending")}
                  </span>{" "}
                  <span className="meta">{t("sentOn", { date: date(request.createdAt) })}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

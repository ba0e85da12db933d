import { prisma } from "@/lib/db";
import type { AuditAction, AuditEntry } from "@/lib/audit/record-audit-event";

// Past the audit retention period (AUDIT_RETENTION_DAYS) an entry keeps what happened and when, not who:
// - the actor link goes;
// - the summary, which may name people, addresses, titles or an admin's free-text reason, is replaced by a
//   fixed text for the action;
// - the entity reference goes where the entity is a person's record (an account, a membership, a
//   registration, …): its id leads back to the person as long as the record exists. References to
//   organisations, offers, events and recommendations stay, and so does organisationId: they are about an
//   organisation's work, and its owners keep a trail of what happened to their organisation.
// Entries are updated per action with one statement each, so a run costs the same for ten rows or a million.

/** The text an entry keeps: what kind of thing happened, in German like every summary. */
export const NEUTRAL_SUMMARIES: Record<AuditAction, string> = {
  "accessibility-feedback.handled": "Rückmeldung zur Barrierefreiheit erledigt",
  "account.email-change-requested": "Änderung der E-Mail-Adresse angefordert",
  "account.email-changed": "E-Mail-Adresse geändert",
  "claim.approved": "Übernahme einer Organisation bestätigt",
  "claim.rejected": "Übernahme einer Organisation abgelehnt",
  "claim.requested": "Übernahme einer Organisation beantragt",
  "contact-request.sent": "Kontaktanfrage gesendet",
  "contact-request.accepted": "Kontaktanfrage angenommen",
  "contact-request.declined": "Kontaktanfrage abgelehnt",
  "event.created": "Veranstaltung angelegt",
  "event.updated": "Veranstaltung geändert",
  "event.message-sent": "Nachricht an die Teilnehmenden gesendet",
  "event.retention": "Aufbewahrungsfrist: Anmeldungen gelöscht oder anonymisiert",
  "import.applied": "Daten importiert",
  "import.approved": "Importierte Organisationen und Angebote freigegeben",
  "invitation.sent": "Einladung in die Organisation versendet",
  "member.joined": "Mitglied hinzugekommen",
  "member.left": "Mitglied ausgetreten",
  "member.ownership-transferred": "Inhaberschaft übertragen",
  "member.removed": "Mitglied entfernt",
  "offer.created": "Angebot angelegt",
  "offer.updated": "Angebot geändert",
  "offer.duplicated": "Angebot kopiert",
  "offer.submitted": "Angebot zur Prüfung eingereicht",
  "offer.published": "Angebot veröffentlicht",
  "offer.rejected": "Angebot nicht freigegeben",
  "offer.unpublished": "Angebot offline genommen",
  "offer.second-look-done": "Angebot nachgeprüft",
  "offer.confirmed": "Angebot als aktuell bestätigt",
  "offer.reminder-sent": "Erinnerung an die Aktualität verschickt",
  "offer.availability-set": "Freie Plätze gemeldet",
  "offer.archived": "Angebot archiviert",
  "offer.restored": "Angebot wiederhergestellt",
  "offer.translation-saved": "Übersetzung gespeichert",
  "offer.translation-deleted": "Übersetzung gelöscht",
  "organisation.registered": "Organisation registriert",
  "organisation.updated": "Organisation geändert",
  "organisation.approved": "Organisation freigegeben",
  "organisation.rejected": "Organisation abgelehnt",
  "organisation.owner-deleted": "Konto der einzigen Inhaberin/des einzigen Inhabers gelöscht",
  "organisation.identity-approved": "Änderung von Name, Adresse oder Kontakt freigegeben",
  "organisation.identity-rejected": "Änderung von Name, Adresse oder Kontakt abgelehnt",
  "organisation.second-look-done": "Geänderte Beschreibung durchgesehen",
  "profile.saved": "Verzeichnisprofil gespeichert",
  "profile.retention": "Aufbewahrungsfrist: Verzeichnisprofil gelöscht",
  "recommendation.posted": "Handlungsempfehlung eingereicht",
  "recommendation.updated": "Handlungsempfehlung geändert",
  "recommendation.status-changed": "Status der Handlungsempfehlung geändert",
  "recommendation.offer-linked": "Angebot mit der Handlungsempfehlung verknüpft",
  "recommendation.offer-unlinked": "Verknüpfung mit einem Angebot entfernt",
  "recommendation.topic-linked": "Thema der Handlungsempfehlung zugeordnet",
  "recommendation.topic-unlinked": "Thema der Handlungsempfehlung entfernt",
  "recommendation.voted": "Stimme für die Handlungsempfehlung abgegeben",
  "recommendation.unvoted": "Stimme für die Handlungsempfehlung zurückgenommen",
  "registration.confirmed": "Anmeldung bestätigt",
  "registration.waitlisted": "Anmeldung auf die Warteliste gesetzt",
  "registration.cancelled": "Anmeldung storniert",
  "registration.checked-in": "Einlass vermerkt",
  "registration.check-in-undone": "Einlass zurückgenommen",
  "registration.group-moved": "Arbeitsgruppe gewechselt",
  "report.created": "Profil gemeldet",
  "report.handled": "Meldung erledigt",
  "working-group.moderator-appointed": "Moderation einer Arbeitsgruppe übertragen",
  "working-group.moderator-removed": "Moderation einer Arbeitsgruppe beendet",
  "survey.created": "Bedarfsumfrage angelegt",
  "survey.updated": "Bedarfsumfrage geändert",
  "survey.opened": "Bedarfsumfrage geöffnet",
  "survey.closed": "Bedarfsumfrage geschlossen",
  "survey.invitations-created": "Einmal-Links für die Bedarfsumfrage erzeugt",
};

/** For entries of actions that no longer exist in the code (older versions wrote them). */
export const UNKNOWN_ACTION_SUMMARY = "Eintrag nach Ablauf der Aufbewahrungsfrist gekürzt";

/**
 * Entity types that are about an organisation's work, not one person: their ids stay. Every other type (account,
 * membership, invitation, claim, registration, profile, contact request, report, and any added later) is a
 * person's record, and its id is cut.
 */
export const KEPT_ENTITY_TYPES: ReadonlySet<string> = new Set<AuditEntry["entityType"]>([
  "organisation",
  "offer",
  "event",
  "recommendation",
  "survey",
]);

export function neutralSummary(action: string): string {
  return Object.hasOwn(NEUTRAL_SUMMARIES, action) ? NEUTRAL_SUMMARIES[action as AuditAction] : UNKNOWN_ACTION_SUMMARY;
}

/** Pseudonymises every entry written before `cutoff` that is not yet; returns how many. Idempotent. */
export async function pseudonymiseAuditEvents(cutoff: Date, now: Date): Promise<number> {
  const due = { createdAt: { lt: cutoff }, pseudonymisedAt: null };
  const kinds = await prisma.auditEvent.groupBy({ by: ["action", "entityType"], where: due });
  let pseudonymised = 0;
  for (const { action, entityType } of kinds) {
    const { count } = await prisma.auditEvent.updateMany({
      where: { ...due, action, entityType },
      data: {
        actorId: null,
        summary: neutralSummary(action),
        pseudonymisedAt: now,
        ...(KEPT_ENTITY_TYPES.has(entityType) ? {} : { entityId: "" }),
      },
    });
    pseudonymised += count;
  }
  return pseudonymised;
}

import type { ImportReason, RowReport } from "@/lib/import/import-record";

// A report line in words, for the admin page (the reader's language) and the CLI (German). The translators are
// those of the "Import" and "Errors" namespaces.

type Translate = (key: string, values?: Record<string, string | number>) => string;
export type ReasonTranslators = { t: Translate; tErrors: Translate; has: (key: string) => boolean };

export function fieldName({ t, has }: ReasonTranslators, field: string): string {
  return has(`fieldNames.${field}`) ? t(`fieldNames.${field}`) : field;
}

export function reasonText(translators: ReasonTranslators, reason: ImportReason): string {
  const { t, tErrors } = translators;
  switch (reason.code) {
    case "invalidField":
      return t("reasons.invalidField", {
        field: fieldName(translators, reason.field),
        message: tErrors(`fields.${reason.error.key}`, reason.error.values),
      });
    case "unknownValue":
      return t("reasons.unknownValue", { field: fieldName(translators, reason.field), value: reason.value });
    case "unknownMunicipality":
      return t("reasons.unknownMunicipality", { city: reason.city || "—", postcode: reason.postcode || "—" });
    case "probableDuplicate":
      return t(
        reason.entity === "organisation" ? "reasons.probableDuplicateOrganisation" : "reasons.probableDuplicateOffer",
        {
          name: reason.name,
          municipality: reason.municipality,
        },
      );
    case "duplicateInFile":
      return t("reasons.duplicateInFile", { row: reason.firstRow });
    case "missingOrganisation":
      return t("reasons.missingOrganisation");
    case "claimed":
      return t("reasons.claimed", { name: reason.name });
    case "inactive":
      return t("reasons.inactive", { status: reason.status });
  }
}

/** The reasons of a skipped row, or the changed fields of an updated one. */
export function rowDetails(translators: ReasonTranslators, row: RowReport): string[] {
  if (row.outcome === "skipped") return row.reasons.map((reason) => reasonText(translators, reason));
  if (row.outcome === "updated" && row.changes.length > 0)
    return [
      translators.t("report.changed", { fields: row.changes.map((field) => fieldName(translators, field)).join(", ") }),
    ];
  return [];
}

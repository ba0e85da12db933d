"use client";

import { useTranslations } from "next-intl";
import { CoordinatePicker, type Placement } from "@/components/map/coordinate-picker";
import type { FieldErrors } from "@/lib/result";

type Municipality = { slug: string; name: string; postcodes: string[]; center: { lat: number; lng: number } };

type Props = {
  errors: FieldErrors;
  initial: { lat: number | null; lng: number | null };
  municipalities: Municipality[];
  /** Reads the postcode field of the same form, for "place at the postcode". */
  postcodeFieldName: string;
  /** The municipality select that "place at postcode" fills in when it is still empty. */
  municipalityFieldName?: string;
  hasTiles: boolean;
};

/** Map marker plus coordinate fields (the keyboard path); "place at postcode" gives a starting point. */
export function LocationPicker({
  errors,
  initial,
  municipalities,
  postcodeFieldName,
  municipalityFieldName = "locationMunicipality",
  hasTiles,
}: Props) {
  const t = useTranslations("OfferForm");

  function placeAtPostcode(form: HTMLFormElement | null): Placement {
    const entered = new FormData(form ?? undefined).get(postcodeFieldName);
    const postcode = typeof entered === "string" ? entered.trim() : "";
    const municipality = municipalities.find((m) => m.postcodes.includes(postcode));
    if (!municipality) return { point: null, message: t("postcodeUnknown", { postcode }) };
    const select = form?.elements.namedItem(municipalityFieldName);
    if (select instanceof HTMLSelectElement && !select.value) select.value = municipality.slug;
    return { point: municipality.center, message: t("placedAtPostcode", { municipality: municipality.name }) };
  }

  return (
    <CoordinatePicker
      errors={errors}
      initial={initial}
      hasTiles={hasTiles}
      labels={{
        hint: t("mapHint"),
        mapLabel: t("mapLabel"),
        markerLabel: t("markerLabel"),
        lat: t("lat"),
        lng: t("lng"),
        place: t("placeAtPostcode"),
        remove: t("removeLocation"),
      }}
      place={placeAtPostcode}
    />
  );
}

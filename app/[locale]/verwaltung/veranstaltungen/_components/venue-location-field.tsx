"use client";

import { useTranslations } from "next-intl";
import { CoordinatePicker, type Placement } from "@/components/map/coordinate-picker";
import type { FieldErrors } from "@/lib/result";

type Municipality = { slug: string; name: string; center: { lat: number; lng: number } };

type Props = {
  errors: FieldErrors;
  initial: { lat: number | null; lng: number | null };
  municipalities: Municipality[];
  /** The municipality select of the same form: "place in its centre" starts there. */
  municipalityFieldName: string;
  hasTiles: boolean;
};

/**
 * The venue on the map, with the coordinate fields as the keyboard path. Unlike the offer form's picker this
 * one starts from the chosen municipality, since an event's address is one free-text field, not a postcode.
 */
export function VenueLocationField({ errors, initial, municipalities, municipalityFieldName, hasTiles }: Props) {
  const t = useTranslations("EventAdmin.location");

  function placeAtMunicipality(form: HTMLFormElement | null): Placement {
    const chosen = new FormData(form ?? undefined).get(municipalityFieldName);
    const municipality = municipalities.find((m) => m.slug === chosen);
    if (!municipality) return { point: null, message: t("chooseMunicipalityFirst") };
    return {
      point: municipality.center,
      message: t("placedAtMunicipality", { municipality: municipality.name }),
    };
  }

  return (
    <CoordinatePicker
      errors={errors}
      initial={initial}
      hasTiles={hasTiles}
      labels={{
        hint: t("hint"),
        mapLabel: t("mapLabel"),
        markerLabel: t("markerLabel"),
        lat: t("lat"),
        lng: t("lng"),
        place: t("placeAtMunicipality"),
        remove: t("remove"),
      }}
      place={placeAtMunicipality}
    />
  );
}

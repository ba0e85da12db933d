"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, useFieldIds } from "@/components/forms/field-errors";
import type { FieldErrors } from "@/lib/result";

const LocationPickerMap = dynamic(() => import("@/components/map/location-picker-map"), { ssr: false });

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
  const { id, describedBy } = useFieldIds();
  // The fields hold text (a half-typed "51." must stay as typed); the marker follows when both are numbers.
  const [latText, setLatText] = useState(initial.lat === null ? "" : String(initial.lat));
  const [lngText, setLngText] = useState(initial.lng === null ? "" : String(initial.lng));
  const [message, setMessage] = useState<string | null>(null);
  const lat = Number(latText.replace(",", "."));
  const lng = Number(lngText.replace(",", "."));
  const point = latText && lngText && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
  const setPoint = (next: { lat: number; lng: number } | null) => {
    setLatText(next ? String(next.lat) : "");
    setLngText(next ? String(next.lng) : "");
  };

  function placeAtPostcode(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    const entered = new FormData(form ?? undefined).get(postcodeFieldName);
    const postcode = typeof entered === "string" ? entered.trim() : "";
    const municipality = municipalities.find((m) => m.postcodes.includes(postcode));
    if (!municipality) {
      setMessage(t("postcodeUnknown", { postcode }));
      return;
    }
    setPoint(municipality.center);
    setMessage(t("placedAtPostcode", { municipality: municipality.name }));
    const select = form?.elements.namedItem(municipalityFieldName);
    if (select instanceof HTMLSelectElement && !select.value) select.value = municipality.slug;
  }

  return (
    <div className="location-picker">
      <p className="hint">{t("mapHint")}</p>
      <LocationPickerMap
        point={point}
        onChange={setPoint}
        label={t("mapLabel")}
        markerLabel={t("markerLabel")}
        hasTiles={hasTiles}
      />
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={id("lat")}>{t("lat")}</label>
          <input
            name="lat"
            inputMode="decimal"
            value={latText}
            onChange={(event) => setLatText(event.target.value)}
            {...describedBy("lat", errors)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={id("lng")}>{t("lng")}</label>
          <input
            name="lng"
            inputMode="decimal"
            value={lngText}
            onChange={(event) => setLngText(event.target.value)}
            {...describedBy("lng", errors)}
          />
        </div>
      </div>
      <FieldError name="lat" errors={errors} />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={placeAtPostcode}>
          {t("placeAtPostcode")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPoint(null)}
          disabled={!latText && !lngText}
        >
          {t("removeLocation")}
        </button>
      </div>
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}

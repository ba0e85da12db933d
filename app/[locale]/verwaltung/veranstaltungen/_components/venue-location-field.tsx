"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, useFieldIds } from "@/components/forms/field-errors";
import type { FieldErrors } from "@/lib/result";

const LocationPickerMap = dynamic(() => import("@/components/map/location-picker-map"), { ssr: false });

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
  const { id, describedBy } = useFieldIds();
  // Text, so that a half-typed "51." stays as typed; the marker follows when both are numbers.
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

  function placeAtMunicipality(event: React.MouseEvent<HTMLButtonElement>) {
    const chosen = new FormData(event.currentTarget.form ?? undefined).get(municipalityFieldName);
    const municipality = municipalities.find((m) => m.slug === chosen);
    if (!municipality) {
      setMessage(t("chooseMunicipalityFirst"));
      return;
    }
    setPoint(municipality.center);
    setMessage(t("placedAtMunicipality", { municipality: municipality.name }));
  }

  return (
    <div className="location-picker">
      <p className="hint">{t("hint")}</p>
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
        <button type="button" className="button button--secondary" onClick={placeAtMunicipality}>
          {t("placeAtMunicipality")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPoint(null)}
          disabled={!latText && !lngText}
        >
          {t("remove")}
        </button>
      </div>
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}

"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useSubmittedValues } from "@/components/forms/submitted-values";
import { useHydrated } from "@/components/forms/use-hydrated";
import { FieldError, useFieldIds } from "@/components/forms/field-errors";
import type { FieldErrors } from "@/lib/result";

const LocationPickerMap = dynamic(() => import("@/components/map/location-picker-map"), { ssr: false });

type Point = { lat: number; lng: number };

/** What a form's "place at …" button found: where the marker goes (null: nothing found) and what to announce. */
export type Placement = { point: Point | null; message: string };

type Props = {
  errors: FieldErrors;
  initial: { lat: number | null; lng: number | null };
  hasTiles: boolean;
  labels: {
    hint: string;
    mapLabel: string;
    markerLabel: string;
    lat: string;
    lng: string;
    place: string;
    remove: string;
  };
  /** Finds a starting point from other fields of the same form, for users who cannot drag a marker. */
  place: (form: HTMLFormElement | null) => Placement;
};

/** Map marker plus lat/lng fields (the keyboard path), a form-specific "place at …" button and "remove". */
export function CoordinatePicker({ errors, initial, hasTiles, labels, place }: Props) {
  const { id, describedBy } = useFieldIds();
  // The fields hold text (a half-typed "51." must stay as typed); the marker follows when both are numbers.
  // After a refused submit without JavaScript, the page starts from what was sent.
  const submitted = useSubmittedValues();
  const hydrated = useHydrated();
  const [latText, setLatText] = useState(() => submitted.text("lat", initial.lat));
  const [lngText, setLngText] = useState(() => submitted.text("lng", initial.lng));
  const [message, setMessage] = useState<string | null>(null);
  const lat = Number(latText.replace(",", "."));
  const lng = Number(lngText.replace(",", "."));
  const point = latText && lngText && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
  const setPoint = (next: Point | null) => {
    setLatText(next ? String(next.lat) : "");
    setLngText(next ? String(next.lng) : "");
  };

  function placeFromForm(event: React.MouseEvent<HTMLButtonElement>) {
    const placement = place(event.currentTarget.form);
    if (placement.point) setPoint(placement.point);
    setMessage(placement.message);
  }

  return (
    <div className="location-picker">
      <p className="hint">{labels.hint}</p>
      <LocationPickerMap
        point={point}
        onChange={setPoint}
        label={labels.mapLabel}
        markerLabel={labels.markerLabel}
        hasTiles={hasTiles}
      />
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={id("lat")}>{labels.lat}</label>
          <input
            name="lat"
            inputMode="decimal"
            value={latText}
            onChange={(event) => setLatText(event.target.value)}
            {...describedBy("lat", errors)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={id("lng")}>{labels.lng}</label>
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
      {/* Both buttons need JavaScript; without it the coordinate fields and the postcode are the way. */}
      {hydrated ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={placeFromForm}>
            {labels.place}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setPoint(null)}
            disabled={!latText && !lngText}
          >
            {labels.remove}
          </button>
        </div>
      ) : null}
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}

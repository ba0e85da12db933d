import { isPointInPolygon } from "@/lib/geo/point-in-polygon";
import { getRegion, type RegionMunicipality } from "@/lib/region/region";
import { DomainError, type FieldErrors } from "@/lib/result";

// Checks of an address against the region's own data (postcodes and borders of each municipality). There is
// no geocoding service: a browser must not contact third parties, and the map marker is set by hand.

export function findRegionMunicipality(slug: string): RegionMunicipality | undefined {
  return getRegion().municipalities.find((municipality) => municipality.slug === slug);
}

/**
 * Throws `invalid_input` naming the field when the municipality is unknown, the postcode belongs to another
 * municipality, or the point lies outside it. `fields` maps to the form's input names.
 */
export function assertPlaceFits(
  place: { municipality: string; postcode?: string; lat?: number; lng?: number },
  fields: { municipality: string; postcode: string; lat: string } = {
    municipality: "municipality",
    postcode: "postcode",
    lat: "lat",
  },
): RegionMunicipality {
  const municipality = findRegionMunicipality(place.municipality);
  const errors: FieldErrors = {};
  if (!municipality) {
    errors[fields.municipality] = [{ key: "choose" }];
  } else {
    if (place.postcode && !municipality.postcodes.includes(place.postcode))
      errors[fields.postcode] = [
        {
          key: "postcodeOutsideMunicipality",
          values: {
            postcode: place.postcode,
            municipality: municipality.name,
            postcodes: municipality.postcodes.join(", "),
          },
        },
      ];
    if (
      place.lat !== undefined &&
      place.lng !== undefined &&
      !isPointInPolygon([place.lng, place.lat], municipality.polygon)
    )
      errors[fields.lat] = [{ key: "locationOutsideMunicipality", values: { municipality: municipality.name } }];
  }
  if (Object.keys(errors).length > 0) throw new DomainError("invalid_input", "invalidInput", errors);
  return municipality!;
}

/** One offer on the map: what the marker and its popup need, nothing more. */
export type MapPin = { id: string; title: string; organisationName: string; url: string; lat: number; lng: number };

export type MapLabels = {
  map: string;
  searchThisArea: string;
  nearMe: string;
  nearMeFailed: string;
};

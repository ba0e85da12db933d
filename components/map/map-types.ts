/** One offer on the map: what the marker and its popup need, nothing more. */
export type MapPin = {
  id: string;
  title: string;
  organisationName: string;
  url: string;
  lat: number;
  lng: number;
  /** The offer whose page shows the map: its own marker, apart from the nearby ones and never clustered. */
  isCurrent?: boolean;
};

/** The map's accessible name, and the texts of the search actions (needed only where those are offered). */
export type MapLabels = {
  map: string;
  searchThisArea?: string;
  nearMe?: string;
  nearMeFailed?: string;
  /** The name of the current offer's marker ("This offer"). */
  current?: string;
};

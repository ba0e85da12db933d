// The parts of HSDS 3.0 (lib/hsds/spec/schema) this platform writes. Field names are the standard's; optional
// fields are left out rather than null, because the schemas type most of them as plain strings.

export type HsdsTaxonomy = { id: string; name: string; description: string; uri: string; version: string };

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail?: HsdsTaxonomy;
  language: string;
  term_uri: string;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term?: HsdsTaxonomyTerm;
};

export type HsdsPhone = {
  id: string;
  number: string;
  type?: string;
  organization_id?: string;
  service_id?: string;
  contact_id?: string;
  location_id?: string;
};

export type HsdsContact = {
  id: string;
  name?: string;
  email?: string;
  organization_id?: string;
  service_id?: string;
  phones: HsdsPhone[];
};

export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: "physical" | "postal" | "virtual";
};

export type HsdsAccessibility = { id: string; location_id: string; description: string };

export type HsdsLocation = {
  id: string;
  location_type: "physical" | "postal" | "virtual";
  organization_id: string;
  name?: string;
  description?: string;
  url?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
};

export type HsdsSchedule = {
  id: string;
  service_id: string;
  valid_from?: string;
  valid_to?: string;
  freq?: "WEEKLY";
  wkst?: "MO";
  interval?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
  attending_type?: string;
};

export type HsdsServiceArea = {
  id: string;
  service_id: string;
  name: string;
  description: string;
  extent: string;
  extent_type: "geojson";
  uri: string;
};

export type HsdsLanguage = { id: string; service_id: string; name: string; code: string; note?: string };

export type HsdsCostOption = {
  id: string;
  service_id: string;
  option: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
  valid_from?: string;
  valid_to?: string;
};

/** An organisation's one-to-one fields: what list answers and nested references carry. */
export type HsdsOrganizationSummary = {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  uri: string;
};

export type HsdsOrganization = HsdsOrganizationSummary & {
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  locations: HsdsLocation[];
  attributes: HsdsAttribute[];
  /** Not in organization.json, which allows more: the spec's API nests the organisation's services here. */
  services?: (HsdsService | { id: string })[];
};

export type HsdsServiceSummary = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url: string;
  email?: string;
  status: "active" | "inactive";
  interpretation_services?: string;
  application_process: string;
  fees_description?: string;
  eligibility_description?: string;
  assured_date: string;
  alert?: string;
  last_modified: string;
};

export type HsdsServiceAtLocation = {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  location: HsdsLocation;
};

export type HsdsService = HsdsServiceSummary & {
  organization: HsdsOrganizationSummary;
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
};

/** A list answer of the HSDS API: the spec's Page plus its contents. */
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

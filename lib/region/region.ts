import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import type { PolygonCoordinates } from "@/lib/geo/point-in-polygon";
import { languageCodeSchema, slugSchema } from "@/lib/validation/fields";

// One region is one folder in regions/: region.json (topics, audiences, languages, attribution) and the
// GeoJSON borders whose features carry the municipalities. Another county is a new folder, not new code.

const namesSchema = z.record(z.string(), z.string().min(1)).refine((names) => Boolean(names.de), {
  message: "needs a German name (de)",
});

const RegionFileSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  // ISO 3166-1 alpha-2 and the state: addresses in open data (HSDS) name both.
  country: z.string().regex(/^[A-Z]{2}$/),
  stateProvince: z.string().min(1),
  // The licence of the open data (HSDS API, data package): the service areas carry the official borders, whose
  // licence asks for attribution, so the whole set is under at least that.
  openDataLicence: z.object({ name: z.string().min(1), url: z.url() }),
  operator: z.string().min(1),
  operatorAddress: z.string().min(1),
  contactEmail: z.email(),
  // Where people turn when the operator does not remove a barrier (BITV 2.0 § 7; in NRW the Ombudsstelle).
  accessibilityEnforcement: z.object({ name: z.string().min(1), email: z.email(), url: z.url() }),
  serviceLanguages: z.array(languageCodeSchema).min(1),
  attribution: z.object({ text: z.string().min(1), html: z.string().min(1) }),
  dataSources: z.array(z.object({ text: z.string().min(1), url: z.url() })).min(1),
  topics: z.array(z.object({ slug: slugSchema, icon: z.string().min(1), names: namesSchema })).min(1),
  audiences: z.array(z.object({ slug: slugSchema, names: namesSchema })).min(1),
});

const positionSchema = z.tuple([z.number(), z.number()]);
const polygonSchema = z.object({
  type: z.literal("Polygon"),
  coordinates: z.array(z.array(positionSchema).min(4)).min(1),
});

const MunicipalitiesFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        properties: z.object({
          name: z.string().min(1),
          slug: slugSchema,
          ags: z.string().regex(/^\d{8}$/),
          type: z.string().min(1),
          population: z.number().int().nonnegative(),
          population_date: z.iso.date(),
          population_source: z.string().min(1),
          center: positionSchema,
          postcodes: z.array(z.string().regex(/^\d{5}$/)).min(1),
        }),
        geometry: polygonSchema,
      }),
    )
    .min(1),
});

const BoundaryFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({ type: z.literal("Feature"), geometry: polygonSchema })).length(1),
});

export type LocalizedNames = Record<string, string>;

export type RegionMunicipality = {
  slug: string;
  name: string;
  ags: string;
  kind: string;
  population: number;
  populationDate: string;
  populationSource: string; // who counted, e.g. "IT.NRW, Fortschreibung des Bevölkerungsstandes"
  center: { lat: number; lng: number };
  postcodes: string[];
  polygon: PolygonCoordinates;
};

export type Region = z.infer<typeof RegionFileSchema> & {
  bbox: { west: number; south: number; east: number; north: number };
  municipalities: RegionMunicipality[];
  boundary: PolygonCoordinates;
};

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function parseFile<S extends z.ZodType>(schema: S, file: string): z.infer<S> {
  const parsed = schema.safeParse(readJson(file));
  if (!parsed.success) {
    throw new Error(`Region file ${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Reads and validates a region folder; throws with the offending file and field when it is malformed. */
export function loadRegion(directory: string): Region {
  const config = parseFile(RegionFileSchema, path.join(directory, "region.json"));
  const municipalities = parseFile(MunicipalitiesFileSchema, path.join(directory, "municipalities.geojson"));
  const boundary = parseFile(BoundaryFileSchema, path.join(directory, "boundary.geojson"));
  const [west, south, east, north] = municipalities.bbox;
  return {
    ...config,
    bbox: { west, south, east, north },
    boundary: boundary.features[0]!.geometry.coordinates,
    municipalities: municipalities.features.map(({ properties: p, geometry }) => ({
      slug: p.slug,
      name: p.name,
      ags: p.ags,
      kind: p.type,
      population: p.population,
      populationDate: p.population_date,
      populationSource: p.population_source,
      center: { lng: p.center[0], lat: p.center[1] },
      postcodes: p.postcodes,
      polygon: geometry.coordinates,
    })),
  };
}

export function regionDirectory(regionSlug: string = env.REGION): string {
  return path.join(process.cwd(), "regions", regionSlug);
}

let cachedRegion: Region | undefined;

/** The configured region, read once per process. */
export function getRegion(): Region {
  cachedRegion ??= loadRegion(regionDirectory());
  return cachedRegion;
}

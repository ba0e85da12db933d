import { v5 as uuidV5 } from "uuid";

// HSDS wants a UUID for every record; the database keys are cuids. Each HSDS id is a name-based UUID (RFC 9562,
// version 5) of the record's kind and its database key, so it is the same in every answer, every export and
// every night's file, without a column to store it. Taxonomy terms are named by their slug, not their key, so
// "Sprache & Bildung" has the same id on every instance of the region.

/** This project's UUID namespace (itself a random UUID, fixed forever: changing it changes every HSDS id). */
const NAMESPACE = "0f5a3a8e-5c1e-4d1b-9d8e-7b2f64a0c4d3";

export type HsdsKind =
  | "service"
  | "organization"
  | "location"
  | "service_at_location"
  | "address"
  | "phone"
  | "contact"
  | "schedule"
  | "service_area"
  | "language"
  | "cost_option"
  | "accessibility"
  | "attribute"
  | "taxonomy"
  | "taxonomy_term";

export function hsdsId(kind: HsdsKind, key: string): string {
  return uuidV5(`${kind}:${key}`, NAMESPACE);
}

/**
 * Database keys by HSDS id, for the detail routes and id filters. Names cannot be read back out of a UUID, so
 * on a miss the resolver reads the public keys again (one indexed query of ids) and hashes only the keys it has
 * not hashed before: a new offer is found at once, and an unknown id costs a query, not a hash of every offer.
 */
export class HsdsIdResolver {
  private readonly keysById = new Map<string, string>();
  private readonly hashedKeys = new Set<string>();

  constructor(
    private readonly kind: HsdsKind,
    private readonly listKeys: () => Promise<string[]>,
  ) {}

  async resolve(id: string): Promise<string | null> {
    const known = this.keysById.get(id);
    if (known !== undefined) return known;
    for (const key of await this.listKeys()) {
      if (this.hashedKeys.has(key)) continue;
      this.hashedKeys.add(key);
      this.keysById.set(hsdsId(this.kind, key), key);
    }
    return this.keysById.get(id) ?? null;
  }
}

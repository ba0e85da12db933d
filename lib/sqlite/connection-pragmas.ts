import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Some SQLite settings live in the connection, not in the file (secure_delete, unlike journal_mode = WAL): they
// have to be set again on every connection the adapter opens, or a reconnect would silently run without them.

type Factory = PrismaBetterSQLite3;

/**
 * Zeroes deleted content instead of leaving it in free space, so a deleted account or registration cannot be
 * read back from the file, a backup of it or a disk image (issue #12: deleted rows leave the file).
 */
export const CONNECTION_PRAGMAS = ["secure_delete = ON"] as const;

/** The adapter factory with `pragmas` run on each connection it opens, before its first query. */
export function withConnectionPragmas(factory: Factory, pragmas: readonly string[] = CONNECTION_PRAGMAS): Factory {
  const script = pragmas.map((pragma) => `PRAGMA ${pragma};`).join("\n");
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect")
        return async () => {
          const adapter = await target.connect();
          await adapter.executeScript(script);
          return adapter;
        };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

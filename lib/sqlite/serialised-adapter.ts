import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The better-sqlite3 driver adapter has one connection per client. It queues interactive transactions behind a
// lock, but runs a query outside a transaction at once, on the same connection, so while a transaction is open
// that query runs inside it: a page would show a registration that is rolled back a moment later
// (serialised-adapter.db.test.ts reproduces it). This wrapper puts every statement behind one lock, so a query
// outside a transaction waits until the open transaction has finished.

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A FIFO lock: acquire() resolves with the function that releases it. */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => released);
    return acquired;
  }
}

function withLock<A extends unknown[], R>(lock: Lock, run: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const release = await lock.acquire();
    try {
      return await run(...args);
    } finally {
      release();
    }
  };
}

function serialiseAdapter(adapter: Adapter): Adapter {
  const lock = new Lock();
  const startTransaction = async (...args: Parameters<Adapter["startTransaction"]>): Promise<Transaction> => {
    const release = await lock.acquire();
    let transaction: Transaction;
    try {
      transaction = await adapter.startTransaction(...args);
    } catch (error) {
      release();
      throw error;
    }
    const finish = (end: () => Promise<void>) => async () => {
      try {
        await end();
      } finally {
        release();
      }
    };
    return Object.assign(Object.create(transaction) as Transaction, {
      commit: finish(() => transaction.commit()),
      rollback: finish(() => transaction.rollback()),
    });
  };
  // Methods are bound to the adapter itself: it keeps its state in private fields a proxy cannot reach.
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "queryRaw") return withLock(lock, target.queryRaw.bind(target));
      if (property === "executeRaw") return withLock(lock, target.executeRaw.bind(target));
      if (property === "startTransaction") return startTransaction;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The adapter factory with every statement of a connection behind one lock. */
export function serialiseAdapterFactory(factory: Factory): Factory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => serialiseAdapter(await target.connect());
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

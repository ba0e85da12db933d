type Bucket = { tokens: number; updatedAt: number };

/** A token bucket per key: `limit` requests per `windowMs`, refilled continuously; memory stays bounded. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number = 60_000,
  ) {}

  allow(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, updatedAt: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + ((now - bucket.updatedAt) / this.windowMs) * this.limit);
    bucket.updatedAt = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket); // re-inserted: the Map's order is least recently seen first
    if (this.buckets.size > 10_000) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

// Runs once when the server starts: open the search index (snapshot or rebuild) and start the outbox indexer,
// so the first search does not pay for it; start the scheduler of the hourly jobs (reminders, retention).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getOfferSearchIndex } = await import("@/lib/search/get-offer-search-index");
  await getOfferSearchIndex();
  const { startJobScheduler } = await import("@/lib/jobs/scheduler");
  startJobScheduler();
}

import { AtlasSection } from "@/components/gaps/atlas-section";
import type { Actor } from "@/lib/auth/permissions";
import { atlasHref, loadAtlas } from "@/lib/gaps/atlas";
import { parseSearchRequest } from "@/lib/search/search-request";

/** The atlas for the group's core topic, as on /atlas?topic=…; sorting opens the whole atlas. */
export async function GroupAtlas({
  actor,
  locale,
  topic,
}: {
  actor: Actor;
  locale: string;
  topic: { slug: string; name: string };
}) {
  const parsed = parseSearchRequest(new URLSearchParams({ topic: topic.slug, locale }));
  if (!parsed.ok) return null;
  const request = parsed.request;
  const view = await loadAtlas(request, actor, { by: "per10k", order: "asc" });
  return (
    <AtlasSection
      view={view}
      what={topic.name}
      idPrefix="group-atlas"
      headingLevel={3}
      sortHref={(by, order) => atlasHref(`/${locale}/atlas`, request, { by, order })}
      svgHref={atlasHref("/api/v1/coverage.svg", request)}
    />
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Page = "edit" | "checkIn" | "badges" | "message";

const paths: Record<Page, string> = { edit: "", checkIn: "/einlass", badges: "/namensschilder", message: "/nachricht" };

/** The pages of one event's administration; the current one is marked, not linked. */
export async function EventAdminNav({ slug, current }: { slug: string; current: Page }) {
  const t = await getTranslations("EventAdmin.nav");
  return (
    <nav aria-label={t("label")} className="no-print">
      <ul className="inline-list">
        <li>
          <Link href="/verwaltung/veranstaltungen">{t("all")}</Link>
        </li>
        {(Object.keys(paths) as Page[]).map((page) => (
          <li key={page}>
            {page === current ? (
              <span aria-current="page">{t(page)}</span>
            ) : (
              <Link href={`/verwaltung/veranstaltungen/${slug}${paths[page]}`}>{t(page)}</Link>
            )}
          </li>
        ))}
        <li>
          <Link href={`/veranstaltungen/${slug}`}>{t("publicPage")}</Link>
        </li>
      </ul>
    </nav>
  );
}

import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <SearchForm />
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}

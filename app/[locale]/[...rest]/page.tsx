import { notFound } from "next/navigation";

// Unknown paths inside a locale get the localized not-found page with the site's header and footer.
export default function UnknownPage(): never {
  notFound();
}

"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { NOTICE_PARAM, readNotice } from "@/lib/forms/action-notice";

/**
 * Says what the last action did ("Zur Prüfung eingereicht", "Freigegeben") on the page the action redirected to.
 * Rendered on the server too, so it shows without JavaScript; with it, the notice takes focus so a screen reader
 * reads it first, as the GOV.UK success banner does.
 */
export function ActionNotice() {
  const t = useTranslations("Notices");
  const notice = readNotice(useSearchParams().get(NOTICE_PARAM));
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);

  if (!notice) return null;
  return (
    <p className="notice notice--ok action-notice" role="status" tabIndex={-1} ref={ref}>
      {t(notice)}
    </p>
  );
}

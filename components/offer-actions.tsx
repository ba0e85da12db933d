"use client";

import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";

type Labels = {
  share: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  print: string;
  pageLink: string;
};

/**
 * Share and print for an offer page. Both need JavaScript, so until it runs (and without it) the page's address
 * is shown as a plain link to copy or send instead. Sharing uses the phone's own share sheet (Web Share API) and
 * copies the link where there is none; nothing is sent anywhere by the page itself.
 */
export function OfferActions({ url, title, labels }: { url: string; title: string; labels: Labels }) {
  // Whether the share sheet exists: unknown (null) on the server and while hydrating, so both render the link.
  const canShare = useHydrated() ? typeof navigator.share === "function" : null;
  const [message, setMessage] = useState("");

  if (canShare === null)
    return (
      <p className="offer-actions__link">
        {labels.pageLink} <a href={url}>{url}</a>
      </p>
    );

  const share = async () => {
    if (canShare) {
      // Cancelling the share sheet rejects too: nothing to report then.
      await navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(labels.linkCopied);
    } catch {
      setMessage(labels.copyFailed);
    }
  };

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void share()}>
        {canShare ? labels.share : labels.copyLink}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {labels.print}
      </button>
      <p role="status" className="offer-actions__link">
        {message}
      </p>
    </>
  );
}

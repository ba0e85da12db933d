import { getTranslations } from "next-intl/server";
import type { ReviewError } from "@/lib/review/review-errors";

type Decision = { decision: string; label: string };

type Props = {
  /** A server action taking the form data; the forms are plain HTML, so they submit without JavaScript. */
  action: (formData: FormData) => Promise<void>;
  /** The hidden input naming the item, e.g. { name: "offerId", value: id }. */
  target: { name: string; value: string };
  /** The buttons that approve; more than one when an organisation has two things waiting. */
  approve: Decision[];
  reject: Decision | null;
  error: ReviewError | undefined;
};

/** The decision on a review page: one button to approve, a reason and a button to reject. */
export async function DecisionForms({ action, target, approve, reject, error }: Props) {
  const t = await getTranslations("Review");
  return (
    <section aria-labelledby="decision-heading" id="entscheidung" className="card">
      <h2 id="decision-heading">{t("decisionHeading")}</h2>
      {error ? (
        <p className="notice notice--alert" role="alert">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {approve.length > 0 ? (
        <form action={action} className="form">
          <input type="hidden" name={target.name} value={target.value} />
          <div className="button-row">
            {approve.map(({ decision, label }) => (
              <button key={decision} type="submit" name="decision" value={decision} className="button">
                {label}
              </button>
            ))}
          </div>
        </form>
      ) : null}
      {reject ? (
        <form action={action} className="form" aria-labelledby="reject-heading">
          <h3 id="reject-heading">{reject.label}</h3>
          <input type="hidden" name={target.name} value={target.value} />
          <input type="hidden" name="decision" value={reject.decision} />
          <div className="form-field">
            <label htmlFor="reject-reason">{t("reason")}</label>
            <p className="hint" id="reject-reason-hint">
              {t("reasonHint")}
            </p>
            <textarea
              id="reject-reason"
              name="reason"
              rows={3}
              required
              minLength={5}
              maxLength={1000}
              aria-describedby={
                error === "reasonMissing" ? "reject-reason-hint reject-reason-error" : "reject-reason-hint"
              }
              aria-invalid={error === "reasonMissing" || undefined}
            />
            {error === "reasonMissing" ? (
              <p className="field-error" id="reject-reason-error">
                {t("errors.reasonMissing")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button button--danger">
            {reject.label}
          </button>
        </form>
      ) : null}
    </section>
  );
}

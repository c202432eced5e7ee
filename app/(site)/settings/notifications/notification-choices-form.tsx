"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import {
  ALWAYS_IN_SITE,
  choiceFieldNames,
  MAIL_CHOICE_LABELS,
  MAIL_CHOICES,
  NOTIFICATION_TYPES,
  TYPE_LABELS,
  type NotificationChoice,
  type NotificationType,
} from "@/lib/notifications/types";
import { saveNotificationSettings } from "./actions";

/**
 * A table of types × (in the site, no mail, at once, daily digest): each
 * control is named by its row and column headers. Works without JavaScript.
 */
export function NotificationChoicesForm({ choices }: { choices: Record<NotificationType, NotificationChoice> }) {
  const [state, formAction] = useActionState(saveNotificationSettings, initialFormState);
  return (
    <form action={formAction}>
      <div className="overflow-auto">
        <table className="notification-choices">
          <thead>
            <tr>
              <th scope="col" id="choice-type">
                News
              </th>
              <th scope="col" id="choice-in-site">
                In the site
              </th>
              {MAIL_CHOICES.map((mail) => (
                <th scope="col" key={mail} id={`choice-${mail}`}>
                  {MAIL_CHOICE_LABELS[mail]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_TYPES.map((type) => {
              const names = choiceFieldNames(type);
              const chosen = choices[type];
              const mailShown = state.values?.[names.mail] ?? chosen.mail;
              const inSiteShown = state.values ? state.values[names.inSite] === "on" : chosen.inSite;
              const alwaysShown = ALWAYS_IN_SITE.has(type);
              const mailError = state.fieldErrors?.[names.mail];
              return (
                <tr key={`${type}-${mailShown}-${String(inSiteShown)}`}>
                  <th scope="row" id={`choice-row-${type}`}>
                    {TYPE_LABELS[type]}
                    {mailError && <small className="form-message">{mailError.join(" ")}</small>}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      name={names.inSite}
                      defaultChecked={alwaysShown || inSiteShown}
                      disabled={alwaysShown}
                      aria-labelledby={`choice-row-${type} choice-in-site`}
                      aria-describedby={alwaysShown ? "always-in-site" : undefined}
                    />
                    {alwaysShown && <input type="hidden" name={names.inSite} value="on" />}
                  </td>
                  {MAIL_CHOICES.map((mail) => (
                    <td key={mail}>
                      <input
                        type="radio"
                        name={names.mail}
                        value={mail}
                        defaultChecked={mailShown === mail}
                        aria-labelledby={`choice-row-${type} choice-${mail}`}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <small id="always-in-site">Moderators’ decisions about your work always show in the site.</small>
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Save notification choices</SubmitButton>
    </form>
  );
}

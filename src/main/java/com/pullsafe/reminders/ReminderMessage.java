package com.pullsafe.reminders;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.roster.Athlete;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Language;
import com.pullsafe.shared.PortalMail;
import com.pullsafe.shared.WeekNames;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The reminder e-mail: a link straight to the report form (after sign-in the athlete lands on it),
 * and a link to stop reminders, also offered as a one-click {@code List-Unsubscribe} (RFC 8058).
 */
public record ReminderMessage(Athlete athlete, IsoWeek week, String baseUrl, String secret) {

  static final Bundle TEXTS =
      Bundle.of("com.pullsafe.reminders.ReminderMessages", ReminderMessage.class);

  /** The report form, where the link in a reminder leads. */
  static final String REPORT_PAGE = "/athlete/report.xhtml";

  /** The page the unsubscribe link in a reminder's text opens. */
  public static final String UNSUBSCRIBE_PAGE = "/unsubscribe.xhtml";

  /** Where mail programs send the one-click unsubscribe (a POST, RFC 8058). */
  public static final String ONE_CLICK_PATH = "/reminders/unsubscribe";

  /** The mail in the athlete's chosen language (English when they chose none). */
  MimeMessage in(Session session) throws MessagingException {
    Locale language = athlete.getAccount().getLanguage().orElse(Locale.ENGLISH);
    try (Language.Scope inAthletesLanguage = Language.use(language)) {
      return compose(session);
    }
  }

  private MimeMessage compose(Session session) throws MessagingException {
    MimeMessage message = PortalMail.to(session, athlete.getAccount().getEmail());
    String weekName = WeekNames.inCurrentLanguage(week.toString());
    message.setSubject(TEXTS.text("mail.subject", weekName), StandardCharsets.UTF_8.name());
    message.setText(
        TEXTS.text(
            "mail.body",
            athlete.getDisplayName(),
            weekName,
            athlete.getAccount().getTenant().getName(),
            baseUrl + REPORT_PAGE,
            baseUrl + UNSUBSCRIBE_PAGE + "?token=" + secret),
        StandardCharsets.UTF_8.name());
    message.setHeader(
        "List-Unsubscribe", "<" + baseUrl + ONE_CLICK_PATH + "?token=" + secret + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    // Marks the mail as sent by a machine, so that vacation responders stay quiet (RFC 3834).
    message.setHeader("Auto-Submitted", "auto-generated");
    return message;
  }
}

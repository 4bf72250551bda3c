package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.DEMO_ADMIN;
import static com.pullsafe.api.it.ApiFixtures.red;
import static com.pullsafe.api.it.ApiFixtures.urgent;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail actually arrives at the test SMTP server: an athlete's URGENT report, submitted over
 * HTTP, reaches their coach's mailbox on the GreenMail server that {@link TestMailServer} runs on
 * loopback for the server's mail session; an athlete without a coach alerts the tenant admin by
 * e-mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailDeliveryIT {

  private static final long WAIT_MILLIS = 30_000;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;

  @Test
  void anUrgentReportIsMailedToTheCoach() throws MessagingException {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);

    new ApiFixtures(api).submit(athlete, urgent("2026-W23"));

    MimeMessage mail =
        awaitMail(TestMailServer.greenMail(), athlete.name())
            .orElseThrow(
                () -> new AssertionError("no e-mail about " + athlete.name() + " arrived"));
    assertEquals(
        "coach.ana@demo.test",
        ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    assertEquals(1, mail.getAllRecipients().length);
    assertEquals("no-reply@pullsafe.invalid", ((InternetAddress) mail.getFrom()[0]).getAddress());
    String subject = mail.getSubject();
    assertTrue(
        subject.startsWith("Urgent report from " + athlete.name()) && subject.contains("2026-W23"),
        subject);
    String body = GreenMailUtil.getBody(mail);
    assertTrue(body.contains(athlete.name()) && body.contains("came out Urgent"), body);
    assertTrue(body.contains("does not diagnose"), body);
  }

  @Test
  void aRedReportOfAnAthleteWithoutACoachIsMailedToTheTenantAdmin() throws MessagingException {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(DEMO_ADMIN);

    long reportId = new ApiFixtures(api).submit(athlete, red("2026-W21"));

    MimeMessage mail =
        awaitMail(TestMailServer.greenMail(), athlete.name())
            .orElseThrow(
                () -> new AssertionError("no e-mail about " + athlete.name() + " arrived"));
    assertEquals(
        "admin@demo.test",
        ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    assertEquals(1, mail.getAllRecipients().length);
    assertTrue(mail.getSubject().startsWith("Red report from "), mail.getSubject());
    String body = decodedText(mail);
    assertTrue(body.contains("has no active coach"), body);
    assertTrue(body.contains("/coach/review.xhtml?id=" + reportId), body);
  }

  @Test
  void aReportIsKeptWhenTheMailServerIsDownAndItsMailIsShownAsFailed() {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);

    TestMailServer.whileDown(
        () -> {
          long reportId = new ApiFixtures(api).submit(athlete, urgent("2026-W22"));

          assertEquals(200, api.get("/api/v1/reports/" + reportId, athlete.auth()).status());
          assertEquals("FAILED", awaitMailStatus(api, reportId));
        });
  }

  @Test
  void aFailedMailIsRetriedAndDeliveredOnceWhenTheMailServerIsBack() throws MessagingException {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);
    long[] reportId = new long[1];

    TestMailServer.whileDown(
        () -> {
          reportId[0] = new ApiFixtures(api).submit(athlete, urgent("2026-W24"));
          assertEquals("FAILED", awaitMailStatus(api, reportId[0]));
        });

    // The arquillian server retries every few seconds (PULLSAFE_MAIL_RETRY_SECONDS).
    assertEquals("SENT", awaitMailStatusOtherThan(api, reportId[0], "FAILED"));
    MimeMessage mail =
        awaitMail(TestMailServer.greenMail(), athlete.name())
            .orElseThrow(() -> new AssertionError("the retried e-mail did not arrive"));
    assertTrue(decodedText(mail).contains("/coach/review.xhtml?id=" + reportId[0]));
    long copies =
        Arrays.stream(TestMailServer.greenMail().getReceivedMessages())
            .filter(m -> subject(m).contains(athlete.name()))
            .count();
    assertEquals(1, copies, "the retried e-mail arrived more than once");
  }

  @Test
  void whileTheMailServerHangsNoRowStaysLockedAndTheTryEndsAsFailed() {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);

    TestMailServer.whileSilent(
        connections -> {
          long reportId = new ApiFixtures(api).submit(athlete, urgent("2026-W26"));
          await("the mail's try to connect")
              .atMost(Duration.ofMillis(WAIT_MILLIS))
              .until(() -> connections.getAsInt() > 0);

          // The try waits for the server's greeting (up to the mail session's read timeout):
          // meanwhile the notification's row is free, and no transaction holds a connection.
          assertTrue(lockedWithoutWaiting(reportId), "the notification's row is locked");
          assertEquals("FAILED", awaitMailStatus(api, reportId));
        });
  }

  /** Whether the report's notification row can be locked at once (lock_timeout 1 s). */
  private static boolean lockedWithoutWaiting(long reportId) {
    try (Connection db = Database.connect()) {
      db.setAutoCommit(false);
      try (Statement timeout = db.createStatement()) {
        timeout.execute("set local lock_timeout = '1s'");
      }
      try (PreparedStatement lock =
          db.prepareStatement("select id from notification where report_id = ? for update")) {
        lock.setLong(1, reportId);
        try (ResultSet rows = lock.executeQuery()) {
          return rows.next();
        }
      } catch (SQLException lockTimeout) {
        return false;
      } finally {
        db.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mail status of the coach's notification about a report, once it left PENDING. */
  private static String awaitMailStatus(Api api, long reportId) {
    return awaitMailStatusOtherThan(api, reportId, "PENDING");
  }

  /**
   * The mail status of the coach's notification about a report, once it is neither none nor {@code
   * left}.
   */
  private static String awaitMailStatusOtherThan(Api api, long reportId, String left) {
    return await("the mail status of report " + reportId + " to leave " + left)
        .atMost(Duration.ofMillis(WAIT_MILLIS))
        .until(() -> mailStatus(api, reportId), s -> !s.equals("none") && !s.equals(left));
  }

  /** The mail status of the coach's notification about a report, "none" before there is one. */
  private static String mailStatus(Api api, long reportId) {
    JsonArray notes =
        Json.createReader(
                new StringReader(
                    api.get("/api/v1/me/notifications?size=50", ANA).expect(200).body()))
            .readArray();
    return notes.getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getJsonNumber("reportId").longValue() == reportId)
        .map(n -> n.getString("mailStatus"))
        .findFirst()
        .orElse("none");
  }

  /** The first mail whose subject names the athlete, waiting for each new arrival in turn. */
  private static Optional<MimeMessage> awaitMail(GreenMail greenMail, String athleteName)
      throws MessagingException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      MimeMessage[] received = greenMail.getReceivedMessages();
      for (MimeMessage m : received) {
        if (m.getSubject() != null && m.getSubject().contains(athleteName)) {
          return Optional.of(m);
        }
      }
      long left = deadline - System.currentTimeMillis();
      if (left <= 0 || !greenMail.waitForIncomingEmail(left, received.length + 1)) {
        return Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> subject(m).contains(athleteName))
            .findFirst();
      }
    }
  }

  /** The text of a plain-text mail, decoded from its transfer encoding. */
  private static String decodedText(MimeMessage mail) throws MessagingException {
    try {
      return String.valueOf(mail.getContent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (MessagingException e) {
      return "";
    }
  }
}

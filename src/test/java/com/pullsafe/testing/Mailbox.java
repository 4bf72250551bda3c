package com.pullsafe.testing;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mails that reached one address at the test SMTP server, and the password links in them. */
public final class Mailbox {

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/password/set\\.xhtml\\?token=(psl_[A-Za-z0-9_-]{43})");

  private Mailbox() {}

  /** The mails to {@code address} so far. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(TestMailServer.greenMail().getReceivedMessages())
        .filter(mail -> isTo(mail, address))
        .toList();
  }

  /** Waits for the {@code n}th mail to {@code address} (1: the first) and gives its text. */
  public static String awaitMail(String address, int n) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> to(address).size() >= n);
    return text(to(address).get(n - 1));
  }

  /** The secret of the password link in a mail's text. */
  public static String token(String text) {
    Matcher matcher = LINK.matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("no password link in: " + text);
    }
    return matcher.group(1);
  }

  /** The whole link (the portal's address as configured, the page and the token). */
  public static String link(String text) {
    Matcher matcher = LINK.matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("no password link in: " + text);
    }
    return matcher.group();
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded text of a plain-text mail. */
  public static String text(MimeMessage mail) {
    try {
      return String.valueOf(mail.getContent());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isTo(MimeMessage mail, String address) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
          .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

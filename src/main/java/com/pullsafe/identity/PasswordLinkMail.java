package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands a password link to the mailer once the link is committed, never before (a rolled-back
 * invitation sends nothing) and off the request thread, so that a request's answer and its timing
 * are the same whether or not a mail is sent.
 */
@ApplicationScoped
public class PasswordLinkMail {

  @Inject private PasswordLinkMailer mailer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordLinkIssued issued) {
    mailer.sendLater(issued);
  }
}

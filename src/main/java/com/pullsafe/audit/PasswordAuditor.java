package com.pullsafe.audit;

import com.pullsafe.identity.KnownAccount;
import com.pullsafe.identity.PasswordEvent;
import com.pullsafe.identity.SecurityEvents;
import com.pullsafe.shared.Bundle;
import com.pullsafe.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Writes reset requests and passwords set through a link into the audit trail of the account's
 * tenant, asynchronously as {@link SignInAuditor} does and only after the change committed (the
 * identity feature's {@code PasswordEventRelay} passes the events on then); platform admins have no
 * tenant trail (the security log has them).
 */
@ApplicationScoped
public class PasswordAuditor {

  private static final Logger LOG = Logger.getLogger(SecurityEvents.LOGGER);
  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", PasswordAuditor.class);

  @Inject private AuditTrail trail;

  void record(@ObservesAsync PasswordEvent event) {
    KnownAccount account = event.account();
    if (account.tenantId() == null) {
      return;
    }
    try {
      TenantContext.runAs(
          account.tenantId(),
          () -> {
            trail.recordAs(
                account.email(),
                action(event.kind()),
                SignInAuditor.OBJECT_TYPE,
                account.id(),
                account.displayName(),
                detail(event));
            return null;
          });
    } catch (RuntimeException e) {
      LOG.warning(
          () -> "event=audit.failed of=" + event.kind() + " cause=" + e.getClass().getSimpleName());
    }
  }

  static AuditAction action(PasswordEvent.Kind kind) {
    return switch (kind) {
      case RESET_REQUESTED -> AuditAction.PASSWORD_RESET_REQUESTED;
      case PASSWORD_SET -> AuditAction.PASSWORD_SET;
    };
  }

  static String detail(PasswordEvent event) {
    return switch (event.kind()) {
      case RESET_REQUESTED -> TEXTS.text("audit.resetRequested");
      case PASSWORD_SET -> TEXTS.text("audit.passwordSet." + event.purpose());
    };
  }
}

package com.pullsafe.audit;

import com.pullsafe.identity.KnownAccount;
import com.pullsafe.identity.SecurityEvents;
import com.pullsafe.identity.TwoFactorEvent;
import com.pullsafe.shared.Bundle;
import com.pullsafe.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Writes changes to an account's two-factor sign-in (set up, turned off, reset by a tenant admin, a
 * recovery code used) into the trail of the account's tenant, in the transaction of the change.
 * Platform admins have no tenant trail: the security log has them.
 */
@ApplicationScoped
public class TwoFactorAuditor {

  private static final Logger LOG = Logger.getLogger(SecurityEvents.LOGGER);
  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.SignInMessages", TwoFactorAuditor.class);

  @Inject private AuditTrail trail;

  void record(@Observes TwoFactorEvent event) {
    KnownAccount account = event.account();
    LOG.info(
        () ->
            "event=two-factor."
                + event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " account="
                + account.id()
                + " role="
                + account.role()
                + " by=\""
                + event.actor()
                + "\"");
    if (account.tenantId() == null) {
      return;
    }
    TenantContext.runAs(
        account.tenantId(),
        () -> {
          trail.recordAs(
              event.actor(),
              action(event.kind()),
              SignInAuditor.OBJECT_TYPE,
              account.id(),
              account.displayName(),
              TEXTS.text("audit.twoFactor." + event.kind()));
          return null;
        });
  }

  private static AuditAction action(TwoFactorEvent.Kind kind) {
    return switch (kind) {
      case ENROLLED -> AuditAction.TWO_FACTOR_ENROLLED;
      case DISABLED -> AuditAction.TWO_FACTOR_DISABLED;
      case RESET -> AuditAction.TWO_FACTOR_RESET;
      case RECOVERY_CODE_USED -> AuditAction.RECOVERY_CODE_USED;
    };
  }
}

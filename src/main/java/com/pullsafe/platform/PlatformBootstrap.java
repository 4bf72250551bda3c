package com.pullsafe.platform;

import com.pullsafe.identity.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * On a database without a platform admin, creates one from {@code PORTAL_ADMIN_EMAIL} and {@code
 * PORTAL_ADMIN_PASSWORD}; then, when {@code PULLSAFE_DEMO_DATA=true}, the demo tenant.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class PlatformBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

  @Inject private Accounts accounts;
  @Inject private DemoData demoData;

  @PostConstruct
  void bootstrap() {
    var email = Config.get(Config.PORTAL_ADMIN_EMAIL);
    var password = Config.get(Config.PORTAL_ADMIN_PASSWORD);
    if (email.isPresent()
        && password.isPresent()
        && accounts.createFirstPlatformAdmin(email.get(), password.get())) {
      LOG.info(() -> "Created the platform admin " + email.get());
    }
    if (Config.flag(Config.DEMO_DATA) && demoData.loadIfMissing()) {
      LOG.info("Loaded the demo tenant 'demo'");
    }
  }
}

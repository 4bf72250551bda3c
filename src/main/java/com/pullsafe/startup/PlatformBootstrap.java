package com.pullsafe.startup;

import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.PasswordPolicy;
import com.pullsafe.shared.Config;
import com.pullsafe.shared.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * On a database without a platform admin, creates one from {@code PORTAL_ADMIN_EMAIL} and {@code
 * PORTAL_ADMIN_PASSWORD}, unless the password breaks the password policy: then no admin is created
 * (the portal never starts with a weak one) and an error names the setting. Then, when {@code
 * PULLSAFE_DEMO_DATA=true}, the demo tenant. Nodes of a cluster that start at once take turns (a
 * PostgreSQL advisory lock held until this bootstrap commits), so the next one finds the admin and
 * the demo tenant there.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class PlatformBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

  /** Any fixed number, the same on every node: the key of the bootstrap's advisory lock. */
  private static final long BOOTSTRAP_LOCK = 0x70756c6c73616665L;

  @Inject private AccountService accounts;
  @Inject private DemoData demoData;

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  @PostConstruct
  void start() {
    waitForOtherNodesBootstrap();
    bootstrap();
  }

  void bootstrap() {
    var email = Config.get(Config.PORTAL_ADMIN_EMAIL);
    var password = Config.get(Config.PORTAL_ADMIN_PASSWORD);
    if (email.isPresent() && password.isPresent()) {
      createPlatformAdmin(email.get(), password.get());
    }
    if (Config.flag(Config.DEMO_DATA) && demoData.loadIfMissing()) {
      LOG.info("Loaded the demo tenant 'demo'");
    }
  }

  /** Held until this bootstrap's transaction ends: it runs in the transaction's connection. */
  private void waitForOtherNodesBootstrap() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, BOOTSTRAP_LOCK);
      lock.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the bootstrap lock", e);
    }
  }

  private void createPlatformAdmin(String email, String password) {
    try {
      if (accounts.createFirstPlatformAdmin(email, password)) {
        LOG.info(() -> "Created the platform admin " + email);
      }
    } catch (InvalidInput weak) {
      LOG.severe(
          () ->
              "The platform admin "
                  + email
                  + " is NOT created: "
                  + Config.PORTAL_ADMIN_PASSWORD
                  + " "
                  + weak.errors().get(0).message()
                  + ". Set a stronger "
                  + Config.PORTAL_ADMIN_PASSWORD
                  + " (at least "
                  + PasswordPolicy.MIN_LENGTH
                  + " characters, not a common password) and restart.");
    }
  }
}

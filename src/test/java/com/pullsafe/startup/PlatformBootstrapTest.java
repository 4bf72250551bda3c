package com.pullsafe.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.identity.AccountService;
import com.pullsafe.shared.Config;
import com.pullsafe.shared.InvalidInput;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bootstrap never starts the portal with a weak platform admin, and says why in the log. */
class PlatformBootstrapTest {

  private final Logger log = Logger.getLogger(PlatformBootstrap.class.getName());
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Accounts as the bootstrap sees them: refusing a weak password, as the real one does. */
  private static final class Refusing extends AccountService {
    int created;

    @Override
    public boolean createFirstPlatformAdmin(String email, String password) {
      if (password.length() < 10) {
        throw InvalidInput.of("password", "must be at least 10 characters");
      }
      created++;
      return true;
    }
  }

  @BeforeEach
  void captureLog() {
    log.addHandler(capture);
  }

  @AfterEach
  void restore() {
    log.removeHandler(capture);
    System.clearProperty(Config.PORTAL_ADMIN_EMAIL);
    System.clearProperty(Config.PORTAL_ADMIN_PASSWORD);
  }

  private static PlatformBootstrap bootstrapWith(AccountService accounts) throws Exception {
    PlatformBootstrap bootstrap = new PlatformBootstrap();
    Field field = PlatformBootstrap.class.getDeclaredField("accounts");
    field.setAccessible(true);
    field.set(bootstrap, accounts);
    return bootstrap;
  }

  @Test
  void aRefusedPasswordCreatesNoAdminAndLogsAnErrorNamingTheSetting() throws Exception {
    System.setProperty(Config.PORTAL_ADMIN_EMAIL, "root@example.test");
    System.setProperty(Config.PORTAL_ADMIN_PASSWORD, "short");
    Refusing accounts = new Refusing();

    bootstrapWith(accounts).bootstrap();

    assertEquals(0, accounts.created);
    LogRecord error =
        records.stream().filter(r -> r.getLevel() == Level.SEVERE).findFirst().orElseThrow();
    assertTrue(
        error.getMessage().contains("PORTAL_ADMIN_PASSWORD must be at least 10 characters"),
        error.getMessage());
    assertTrue(error.getMessage().contains("NOT created"), error.getMessage());
  }

  @Test
  void anAcceptedPasswordCreatesTheAdminWithoutAnError() throws Exception {
    System.setProperty(Config.PORTAL_ADMIN_EMAIL, "root@example.test");
    System.setProperty(Config.PORTAL_ADMIN_PASSWORD, "granite willow 2026");
    Refusing accounts = new Refusing();

    bootstrapWith(accounts).bootstrap();

    assertEquals(1, accounts.created);
    assertTrue(records.stream().noneMatch(r -> r.getLevel() == Level.SEVERE), records.toString());
  }
}

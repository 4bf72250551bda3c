package com.pullsafe.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Maps a signed-in caller (their e-mail, the login name) to their tenant. An account never moves
 * between tenants, so the answer is cached. Plain JDBC on purpose: it runs inside {@link
 * TenantInterceptor} before the entity manager may be used.
 */
@ApplicationScoped
public class CallerTenants {

  private static final String QUERY = "select tenant_id from app_user where email = ?";

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  private final Map<String, Optional<Long>> byEmail = new ConcurrentHashMap<>();

  public Optional<Long> tenantOf(String email) {
    String key = email.toLowerCase(Locale.ROOT);
    Optional<Long> cached = byEmail.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<Long> loaded = load(key);
    byEmail.put(key, loaded);
    return loaded;
  }

  /**
   * Forgets the accounts of a deleted tenant once the deletion is committed: their addresses are
   * free and may sign up in another tenant.
   */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantDeleted deleted) {
    deleted.emails().forEach(email -> byEmail.remove(email.toLowerCase(Locale.ROOT)));
  }

  private Optional<Long> load(String email) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(QUERY)) {
      statement.setString(1, email);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        long tenantId = rows.getLong(1);
        return rows.wasNull() ? Optional.empty() : Optional.of(tenantId);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot resolve the caller's tenant", e);
    }
  }
}

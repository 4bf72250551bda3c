package com.pullsafe.privacy;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.Role;
import com.pullsafe.privacy.TenantTables.TenantTable;
import com.pullsafe.shared.NotFound;
import com.pullsafe.tenancy.CallerTenants;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The tenant admin's export of the whole tenant (GDPR art. 20 for the business): every table of
 * {@link TenantTables}, the tenant's rows only, secrets left out, streamed as a zip ({@link
 * TenantZip}) while the rows are read page by page, so that neither the rows nor the zip are ever
 * held whole. Audited when it is complete.
 */
@Stateless
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class TenantExportService {

  static final int PAGE = 500;

  /**
   * An export stops when it runs longer than this (the client gets a cut-off zip, no audit entry):
   * shorter than the container's default transaction timeout (5 minutes), which would otherwise end
   * it without a word.
   */
  static final Duration TIME_LIMIT = Duration.ofMinutes(4);

  private static final int STATEMENT_SECONDS = 60;

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  @Resource private SessionContext session;
  @Inject private CallerTenants callerTenants;
  @Inject private AuditTrail audit;

  /** The caller's tenant: its id, slug and name. */
  public record ExportedTenant(long id, String slug, String name) {

    public String fileName() {
      return "pullsafe-tenant-" + slug + "-data.zip";
    }
  }

  /** The tenant to export, known before the first byte is written (for the file's name). */
  public ExportedTenant tenant() {
    long tenantId = callerTenant();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select slug, name from tenant where id = ?")) {
      statement.setLong(1, tenantId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new NotFound("Tenant");
        }
        return new ExportedTenant(tenantId, row.getString(1), row.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the tenant failed", e);
    }
  }

  /** Writes the caller's tenant's data to {@code out} as a zip; answers the rows per table. */
  public Map<String, Long> export(OutputStream out) {
    ExportedTenant tenant = tenant();
    Instant deadline = Instant.now().plus(TIME_LIMIT);
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        TenantZip zip = new TenantZip(out)) {
      for (TenantTable table : TenantTables.ALL) {
        counts.put(
            table.name(), new TablePages(connection, table, tenant.id(), deadline).into(zip));
      }
      zip.finish(tenant.id(), tenant.name(), Instant.now());
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the tenant's data failed", e);
    }
    audit.record(
        AuditAction.TENANT_EXPORTED,
        "Tenant",
        tenant.id(),
        tenant.name(),
        "Whole tenant exported: "
            + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
    return counts;
  }

  private long callerTenant() {
    return callerTenants
        .tenantOf(session.getCallerPrincipal().getName())
        .orElseThrow(() -> new NotFound("Tenant"));
  }

  /** One table read page by page (keyset on its key columns) into the zip. */
  private static final class TablePages {

    private final Connection connection;
    private final TenantTable table;
    private final long tenantId;
    private final Instant deadline;

    TablePages(Connection connection, TenantTable table, long tenantId, Instant deadline) {
      this.connection = connection;
      this.table = table;
      this.tenantId = tenantId;
      this.deadline = deadline;
    }

    long into(TenantZip zip) throws SQLException {
      List<Object> after = null;
      boolean started = false;
      while (true) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("The tenant export ran out of time in " + table.name());
        }
        try (PreparedStatement statement = connection.prepareStatement(sql(after != null))) {
          statement.setQueryTimeout(STATEMENT_SECONDS);
          statement.setLong(1, tenantId);
          if (after != null) {
            for (int i = 0; i < after.size(); i++) {
              statement.setObject(i + 2, after.get(i));
            }
          }
          try (ResultSet rows = statement.executeQuery()) {
            Columns columns = Columns.of(rows.getMetaData(), table);
            if (!started) {
              zip.startTable(table.name(), columns.names());
              started = true;
            }
            int read = 0;
            while (rows.next()) {
              zip.row(columns.values(rows));
              after = columns.key(rows);
              read++;
            }
            if (read < PAGE) {
              return zip.endTable();
            }
          }
        }
      }
    }

    private String sql(boolean afterKey) {
      String key = String.join(", ", table.key());
      String where = table.rowsOfTenant();
      if (afterKey) {
        String marks = table.key().stream().map(k -> "?").collect(Collectors.joining(", "));
        where += " and (" + key + ") > (" + marks + ")";
      }
      return "select * from "
          + table.name()
          + " where "
          + where
          + " order by "
          + key
          + " limit "
          + PAGE;
    }
  }

  /** The exported columns of a result (its secrets left out), with their positions. */
  private record Columns(List<String> names, List<Integer> positions, List<Integer> keyPositions) {

    static Columns of(ResultSetMetaData meta, TenantTable table) throws SQLException {
      List<String> names = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      List<Integer> keys = new ArrayList<>();
      for (String key : table.key()) {
        keys.add(null);
      }
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String column = meta.getColumnLabel(i);
        int keyIndex = table.key().indexOf(column);
        if (keyIndex >= 0) {
          keys.set(keyIndex, i);
        }
        if (!table.secrets().contains(column)) {
          names.add(AthleteDataService.camelCase(column));
          positions.add(i);
        }
      }
      return new Columns(names, positions, keys);
    }

    List<Object> values(ResultSet row) throws SQLException {
      List<Object> values = new ArrayList<>(positions.size());
      for (int position : positions) {
        Object value = row.getObject(position);
        values.add(value instanceof Timestamp t ? t.toInstant() : value);
      }
      return values;
    }

    List<Object> key(ResultSet row) throws SQLException {
      List<Object> key = new ArrayList<>(keyPositions.size());
      for (int position : keyPositions) {
        key.add(row.getObject(position));
      }
      return key;
    }
  }
}

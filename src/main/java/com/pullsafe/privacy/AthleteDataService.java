package com.pullsafe.privacy;

import com.pullsafe.identity.Role;
import com.pullsafe.privacy.AthleteData.Table;
import com.pullsafe.privacy.AthleteSections.Id;
import com.pullsafe.privacy.AthleteSections.Section;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The right of access (GDPR art. 15) and to data portability (art. 20): everything stored about one
 * athlete, for the athlete themself or their tenant's admin. Anyone else, another tenant's admin
 * included, gets {@link NotFound}; coaches are refused by role. Plain JDBC over every table of
 * {@link AthleteSections} (each query bound to the athlete's tenant), so that the export lists rows
 * as they are stored, whichever feature owns them.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.ATHLETE_NAME})
public class AthleteDataService {

  @Inject private AthleteAccess access;

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  /** The signed-in athlete's own data. */
  public AthleteData ownData() {
    return export(access.callerAthlete());
  }

  /**
   * One athlete's data: the tenant admin for any athlete of the tenant, an athlete for themself.
   */
  public AthleteData athleteData(long athleteId) {
    Athlete athlete = access.visibleAthlete(athleteId);
    return export(athlete);
  }

  private AthleteData export(Athlete athlete) {
    Map<Id, Long> ids =
        Map.of(
            Id.TENANT, athlete.getTenantId(),
            Id.ATHLETE, athlete.getId(),
            Id.ACCOUNT, athlete.getAccount().getId());
    Map<String, Table> sections = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (Section section : AthleteSections.ALL) {
        sections.put(section.name(), read(connection, section, ids));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the athlete's data failed", e);
    }
    return new AthleteData(athlete.getId(), Instant.now(), sections);
  }

  private static Table read(Connection connection, Section section, Map<Id, Long> ids)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(section.sql())) {
      int position = 1;
      for (Id id : section.parameters()) {
        statement.setLong(position++, ids.get(id));
      }
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(camelCase(meta.getColumnLabel(i)));
        }
        List<List<Object>> values = new ArrayList<>();
        while (rows.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) {
            Object value = rows.getObject(i);
            row.add(value instanceof Timestamp t ? t.toInstant() : value);
          }
          values.add(row);
        }
        return new Table(List.copyOf(columns), values);
      }
    }
  }

  static String camelCase(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}

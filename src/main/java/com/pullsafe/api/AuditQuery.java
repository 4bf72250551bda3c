package com.pullsafe.api;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditLogService;
import com.pullsafe.shared.EnumName;
import com.pullsafe.shared.EnumNames;
import com.pullsafe.shared.IsoDate;
import com.pullsafe.shared.Storable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The audit trail's filters as query parameters send them, as on {@code /admin/audit.xhtml}: an
 * action, text in the actor's login, and the first and last day (UTC, both included). Each
 * unreadable one is refused naming it; blank filters are absent.
 */
record AuditQuery(
    @EnumName(type = AuditAction.class) String action,
    @Size(max = ACTOR_MAX, message = "{pullsafe.text.tooLong}") @Storable String actor,
    @IsoDate String from,
    @IsoDate String to) {

  static final int ACTOR_MAX = 254;

  /** The filter asked for; only for a query its constraints accept. */
  AuditLogService.Filter filter() {
    LocalDate first = IsoDate.Check.parse(from);
    LocalDate last = IsoDate.Check.parse(to);
    return new AuditLogService.Filter(
        EnumNames.parse(AuditAction.class, action),
        actor,
        first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
        last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}

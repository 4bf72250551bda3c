package com.pullsafe.review.it;

import com.pullsafe.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Test-only EJBs that call the services as a given signed-in user of the demo tenant (or of the
 * second tenant the tests create): whatever runs inside {@code call} runs as that user and role.
 */
public final class Callers {

  private Callers() {}

  static <T> T run(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Coach Ana of the demo tenant. */
  @Stateless
  @PermitAll
  @RunAs(Role.COACH_NAME)
  @RunAsPrincipal("coach.ana@demo.test")
  public static class Ana {
    public <T> T call(Callable<T> work) {
      return run(work);
    }
  }

  /** Coach Ben of the demo tenant. */
  @Stateless
  @PermitAll
  @RunAs(Role.COACH_NAME)
  @RunAsPrincipal("coach.ben@demo.test")
  public static class Ben {
    public <T> T call(Callable<T> work) {
      return run(work);
    }
  }

  /** The demo tenant's admin. */
  @Stateless
  @PermitAll
  @RunAs(Role.TENANT_ADMIN_NAME)
  @RunAsPrincipal("admin@demo.test")
  public static class DemoAdmin {
    public <T> T call(Callable<T> work) {
      return run(work);
    }
  }

  /** Athlete Mia of the demo tenant (coach Ana). */
  @Stateless
  @PermitAll
  @RunAs(Role.ATHLETE_NAME)
  @RunAsPrincipal("mia@demo.test")
  public static class Mia {
    public <T> T call(Callable<T> work) {
      return run(work);
    }
  }

  /** The admin of the second tenant the tests create. */
  @Stateless
  @PermitAll
  @RunAs(Role.TENANT_ADMIN_NAME)
  @RunAsPrincipal(ReportProbe.OTHER_ADMIN)
  public static class OtherAdmin {
    public <T> T call(Callable<T> work) {
      return run(work);
    }
  }
}

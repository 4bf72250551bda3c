package com.pullsafe.program;

import com.pullsafe.identity.Role;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;

/**
 * The athlete's current program (domain brief, "Programming rules"; api-v1 {@code GET
 * /athletes/{id}/program} and {@code POST /athletes/{id}/clearance}): the progression cap (2.5 %
 * after an AMBER or worse report in the last 4 weeks), next week's top set, the estimated 1RM, the
 * relearning block after RECURRING_PAIN, no heavy prescription after the engine's RED or URGENT
 * until a coach records a clearance (an override does not clear), and the coach's assignments. The
 * athlete sees their own, a coach their athletes', a tenant admin everyone's.
 */
@Stateless
public class ProgramService {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.program.ProgramMessages", ProgramService.class);

  @Inject private AthleteAccess access;
  @Inject private ProgramPlanner programs;
  @Inject private Validator validator;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
  public ProgramView programOf(long athleteId) {
    return programs.programOf(access.visibleAthlete(athleteId), clock);
  }

  @RolesAllowed(Role.ATHLETE_NAME)
  public ProgramView myProgram() {
    return programs.programOf(access.callerAthlete(), clock);
  }

  /** The clearance the signed-in athlete awaits, if any. */
  @RolesAllowed(Role.ATHLETE_NAME)
  public Optional<AwaitedClearance> findMyAwaitedClearance() {
    return programs.awaitedClearance(access.callerAthlete());
  }

  /**
   * A coach (of this athlete) or a tenant admin clears the athlete for heavy pulling again, also
   * after overriding the RED or URGENT result to a lower level.
   */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public ClearanceView clear(long athleteId, String note) {
    Athlete athlete = access.visibleAthlete(athleteId);
    Violations.requireValid(validator, new ClearanceNote(note));
    if (programs.awaitedClearance(athlete).isEmpty()) {
      throw new Conflict(TEXTS.text("clearance.nothingToClear"));
    }
    Clearance c = programs.clear(athlete, note, access.callerEmail(), clock);
    return new ClearanceView(c.getId(), athleteId, c.getClearedOn(), c.getClearedBy(), c.getNote());
  }
}

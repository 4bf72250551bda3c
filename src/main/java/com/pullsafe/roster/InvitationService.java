package com.pullsafe.roster;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.EmailUnavailable;
import com.pullsafe.identity.PasswordLinkPurpose;
import com.pullsafe.identity.PasswordLinks;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.StorableText;
import com.pullsafe.shared.Violations;
import com.pullsafe.tenancy.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations by e-mail, the normal way to add people: a coach invites athletes (who are then
 * theirs), a tenant admin invites athletes and coaches. The invitee's account is made without a
 * password, and a one-time link to choose one is mailed after commit. A list of many is checked row
 * by row first ({@link #preview}); {@link #inviteAll} stores nothing unless every row is fine.
 *
 * <p>What another tenant has stays hidden: a preview names an address that already has an account
 * in the caller's own tenant, never one taken elsewhere; that an address cannot be used is only
 * said by an invitation that is otherwise fine and would really have been sent. Every check counts
 * against the caller's {@link InvitationThrottle}.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class InvitationService {

  /** The most rows one list may have. */
  public static final int MAX_ROWS = 500;

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.roster.RosterMessages", InvitationService.class);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AccountService accounts;
  @Inject private AthleteAccess access;
  @Inject private PasswordLinks links;
  @Inject private AuditTrail audit;
  @Inject private Validator validator;
  @Inject private InvitationThrottle throttle;

  /**
   * Invites one person; every bad field is refused at once, nothing stored. Only a fine invitation
   * learns that its address is taken ({@link EmailUnavailable}, wherever it is taken).
   */
  public InvitedPerson invite(Invitation invitation) {
    throttle.spend(access.callerEmail(), 1);
    List<FieldError> errors = problems(invitation);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (accounts.emailTaken(normalized(invitation.email()))) {
      throw new EmailUnavailable("email");
    }
    return open(invitation);
  }

  /**
   * The rows of a CSV list (see {@link InvitationList}) with what is wrong with each; an address
   * taken in another tenant is not among the problems.
   */
  public List<InvitationRow> preview(String csv) {
    List<InvitationList.Line> lines = lines(csv);
    throttle.spend(access.callerEmail(), lines.size());
    return rows(lines);
  }

  private List<InvitationRow> rows(List<InvitationList.Line> lines) {
    Tenant tenant = callerAccount().getTenant();
    Set<String> earlier = new HashSet<>();
    List<InvitationRow> rows = new ArrayList<>();
    for (InvitationList.Line line : lines) {
      List<FieldError> errors = new ArrayList<>();
      Invitation invitation = toInvitation(line, errors);
      errors.addAll(problems(invitation));
      String email = normalized(line.email());
      if (errors.stream().noneMatch(e -> e.field().equals("email"))) {
        if (earlier.contains(email)) {
          errors.add(new FieldError("email", TEXTS.text("invitation.duplicate")));
        } else if (hasAccountIn(tenant, email)) {
          errors.add(new FieldError("email", TEXTS.text("invitation.alreadyInTenant")));
        }
      }
      Optional.ofNullable(email).ifPresent(earlier::add);
      rows.add(
          new InvitationRow(
              line.number(),
              line.name(),
              line.email(),
              line.role(),
              line.coach(),
              errors.stream().map(InvitationRow.Problem::of).toList()));
    }
    return rows;
  }

  /**
   * Invites everyone on the list, or nobody: with any bad row the answer names each problem as
   * {@code rows[LINE].FIELD} (LINE the line in the file) and nothing is stored or mailed.
   */
  public List<InvitedPerson> inviteAll(String csv) {
    List<InvitationList.Line> lines = lines(csv);
    throttle.spend(access.callerEmail(), lines.size());
    List<FieldError> errors = new ArrayList<>();
    for (InvitationRow row : rows(lines)) {
      row.problems()
          .forEach(
              p ->
                  errors.add(new FieldError("rows[" + row.line() + "]." + p.field(), p.message())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    // The list would be sent: now, and only now, it may learn which addresses are taken elsewhere.
    for (InvitationList.Line line : lines) {
      if (accounts.emailTaken(normalized(line.email()))) {
        errors.add(new FieldError("rows[" + line.number() + "].email", EmailUnavailable.MESSAGE));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    List<InvitedPerson> invited = new ArrayList<>();
    for (InvitationList.Line line : lines) {
      invited.add(open(toInvitation(line, new ArrayList<>())));
    }
    return invited;
  }

  private List<InvitationList.Line> lines(String csv) {
    try {
      List<InvitationList.Line> lines = InvitationList.parse(csv);
      if (lines.isEmpty()) {
        throw InvalidInput.of("file", TEXTS.text("invitations.noRows"));
      }
      if (lines.size() > MAX_ROWS) {
        throw InvalidInput.of("file", TEXTS.text("invitations.tooManyRows", MAX_ROWS));
      }
      return lines;
    } catch (InvitationList.Malformed e) {
      throw InvalidInput.of("file", TEXTS.text("invitations.malformed." + e.reason()));
    }
  }

  /** A CSV line as an invitation; its coach is named by e-mail, which must be a coach's. */
  private Invitation toInvitation(InvitationList.Line line, List<FieldError> errors) {
    Long coachId = null;
    if (line.coach() != null) {
      if (!access.callerIsTenantAdmin()) {
        errors.add(new FieldError("coach", TEXTS.text("invitation.coachNotYours")));
      } else if (!StorableText.isStorable(line.coach())) {
        errors.add(new FieldError("coach", StorableText.REFUSAL));
      } else {
        Optional<Coach> coach =
            em.createNamedQuery("Coach.findByAccountEmail", Coach.class)
                .setParameter("email", normalized(line.coach()))
                .getResultStream()
                .findFirst();
        if (coach.isEmpty()) {
          errors.add(new FieldError("coach", TEXTS.text("coach.notInTenant")));
        } else if (!coach.get().getAccount().isActive()) {
          errors.add(new FieldError("coach", TEXTS.text("coach.notActive")));
        } else {
          coachId = coach.get().getId();
        }
      }
    }
    return new Invitation(line.email(), line.name(), line.role(), coachId);
  }

  /**
   * What is wrong with an invitation itself: its fields, a role the caller may not invite, a coach
   * not of the tenant or inactive. Whether its address is free is asked separately.
   */
  private List<FieldError> problems(Invitation invitation) {
    List<FieldError> errors =
        new ArrayList<>(Violations.fieldErrors(validator.validate(invitation)));
    Role role = role(invitation.role());
    if (role == null) {
      errors.add(new FieldError("role", TEXTS.text("invitation.role")));
    } else if (role == Role.COACH && !access.callerIsTenantAdmin()) {
      errors.add(new FieldError("role", TEXTS.text("invitation.roleNotYours")));
    }
    if (invitation.coachId() != null && access.callerIsTenantAdmin()) {
      Coach coach = em.find(Coach.class, invitation.coachId());
      if (coach == null) {
        errors.add(new FieldError("coachId", TEXTS.text("coach.notInTenant")));
      } else if (!coach.getAccount().isActive()) {
        errors.add(new FieldError("coachId", TEXTS.text("coach.notActive")));
      }
    }
    return errors;
  }

  private boolean hasAccountIn(Tenant tenant, String email) {
    return accounts
        .findByEmail(email)
        .map(UserAccount::getTenant)
        .filter(t -> t.getId().equals(tenant.getId()))
        .isPresent();
  }

  private UserAccount callerAccount() {
    return accounts.findByEmail(access.callerEmail()).orElseThrow(() -> new NotFound("Tenant"));
  }

  /** The role named (case aside), null for none (an athlete); not one that can be invited: null. */
  private static Role role(String name) {
    if (name == null || name.isBlank()) {
      return Role.ATHLETE;
    }
    return switch (name.trim().toUpperCase(Locale.ROOT)) {
      case "ATHLETE" -> Role.ATHLETE;
      case "COACH" -> Role.COACH;
      default -> null;
    };
  }

  /** An address as accounts store it (trimmed, lower case), to compare the rows of a list. */
  private static String normalized(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  private InvitedPerson open(Invitation invitation) {
    Role role = role(invitation.role());
    UserAccount account =
        accounts.createInvited(
            callerAccount().getTenant(), invitation.email(), invitation.displayName(), role);
    Instant expiresAt = links.issue(account, PasswordLinkPurpose.INVITATION);
    if (role == Role.COACH) {
      Coach coach = new Coach(account);
      em.persist(coach);
      em.flush();
      audit.record(
          AuditAction.COACH_INVITED,
          "Coach",
          coach.getId(),
          coach.getDisplayName(),
          TEXTS.text("audit.coachInvited", account.getEmail()));
      return new InvitedPerson(
          coach.getId(), account.getEmail(), coach.getDisplayName(), "COACH", null, expiresAt);
    }
    Coach coach =
        access.callerIsTenantAdmin()
            ? Optional.ofNullable(invitation.coachId())
                .map(id -> em.find(Coach.class, id))
                .orElse(null)
            : access.callerCoach().orElseThrow(() -> new NotFound("Coach"));
    Athlete athlete = new Athlete(account, coach);
    em.persist(athlete);
    em.flush();
    audit.record(
        AuditAction.ATHLETE_INVITED,
        "Athlete",
        athlete.getId(),
        athlete.getDisplayName(),
        coach == null
            ? TEXTS.text("audit.athleteInvitedAlone", account.getEmail())
            : TEXTS.text("audit.athleteInvited", account.getEmail(), coach.getDisplayName()));
    return new InvitedPerson(
        athlete.getId(),
        account.getEmail(),
        athlete.getDisplayName(),
        "ATHLETE",
        coach == null ? null : coach.getId(),
        expiresAt);
  }
}

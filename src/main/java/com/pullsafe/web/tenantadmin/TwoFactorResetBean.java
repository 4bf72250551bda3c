package com.pullsafe.web.tenantadmin;

import com.pullsafe.identity.TwoFactorService;
import com.pullsafe.shared.NotFound;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The two-factor column of {@code /admin/index.xhtml}: who of the staff signs in with an
 * authenticator, and the reset of a coach's or admin's authenticator when their phone is lost.
 */
@Named
@RequestScoped
public class TwoFactorResetBean {

  private static final String PAGE = "/admin/index.xhtml";

  @Inject private TwoFactorService twoFactor;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private Set<String> enrolled;

  public boolean isEnrolled(String email) {
    if (enrolled == null) {
      enrolled = twoFactor.enrolledOfTenant();
    }
    return enrolled.contains(email);
  }

  public void reset(String email, String displayName) {
    try {
      twoFactor.resetFor(email);
      feedback.doneThenShow(texts.get("staff.twoFactor.resetDone", displayName), PAGE);
    } catch (NotFound gone) {
      feedback.error(texts.get("staff.twoFactor.gone"));
    }
  }
}

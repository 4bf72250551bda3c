package com.pullsafe.web.account;

import com.pullsafe.identity.AccessTokenService;
import com.pullsafe.identity.IssuedToken;
import com.pullsafe.identity.TokenView;
import com.pullsafe.shared.NotFound;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Formats;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Backs the API token section of {@code /account/profile.xhtml}: list, create (with a lifetime of
 * the user's choice), revoke. Creating and revoking redirect to the page (post-redirect-get), so
 * reloading it repeats neither; the new token's secret travels in the flash to that one page view,
 * next to the button that made it.
 */
@Named
@RequestScoped
public class TokensBean {

  static final String PAGE = "/account/profile.xhtml";

  /** The lifetimes the page offers, in days; null (the first) is "never expires". */
  private static final List<Integer> LIFETIMES = Arrays.asList(null, 30, 90, 365);

  private static final String ISSUED = "pullsafe.issuedToken";

  private static final Form FORM = Form.of("tokens");

  @Inject private AccessTokenService tokens;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private Formats formats;
  @Inject private ExternalContext external;

  private String name;
  private Integer expiresInDays;
  private List<TokenView> mine;

  public void create() {
    feedback.submit(
        FORM,
        () -> {
          IssuedToken issued = tokens.create(name, expiresInDays);
          external.getFlash().put(ISSUED, issued.token());
          feedback.doneThenShow(texts.get("tokens.madeNow", issued.name()), PAGE + "#issued");
        });
  }

  public void revoke(long tokenId) {
    try {
      tokens.revoke(tokenId);
      feedback.doneThenShow(texts.get("tokens.revoked"), PAGE + "#h-tokens");
    } catch (NotFound gone) {
      feedback.error(texts.get("tokens.gone"));
      mine = null;
    }
  }

  public List<TokenView> getMine() {
    if (mine == null) {
      mine = tokens.mine();
    }
    return mine;
  }

  public String when(Instant instant) {
    return instant == null ? texts.get("tokens.never") : formats.dateTime(instant);
  }

  /** When a token expires, or that it never does. */
  public String expiry(TokenView token) {
    return token.expiresAt() == null
        ? texts.get("tokens.expires.never")
        : formats.dateTime(token.expiresAt());
  }

  public List<Integer> getLifetimes() {
    return LIFETIMES;
  }

  public String lifetime(Integer days) {
    return days == null ? texts.get("tokens.lifetime.never") : texts.get("tokens.lifetime", days);
  }

  /** The secret of the token created just before this page view; shown once, never stored. */
  public String getIssued() {
    return (String) external.getFlash().get(ISSUED);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getExpiresInDays() {
    return expiresInDays;
  }

  public void setExpiresInDays(Integer expiresInDays) {
    this.expiresInDays = expiresInDays;
  }
}

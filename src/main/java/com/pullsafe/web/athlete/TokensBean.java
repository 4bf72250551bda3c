package com.pullsafe.web.athlete;

import com.pullsafe.identity.AccessTokens;
import com.pullsafe.identity.IssuedToken;
import com.pullsafe.identity.TokenView;
import com.pullsafe.platform.InvalidInput;
import com.pullsafe.platform.NotFound;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Backs the API token section of {@code /athlete/profile.xhtml}: list, create, revoke. */
@Named
@RequestScoped
public class TokensBean {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private AccessTokens tokens;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private String name;
  private IssuedToken issued;
  private List<TokenView> mine;

  public void create() {
    try {
      issued = tokens.create(name);
      name = null;
      mine = null;
    } catch (InvalidInput refused) {
      feedback.fieldErrors(refused, Map.of("name", "tokens:name"));
    }
  }

  public void revoke(long tokenId) {
    try {
      tokens.revoke(tokenId);
      feedback.info(texts.get("tokens.revoked"));
    } catch (NotFound gone) {
      feedback.error(texts.get("tokens.gone"));
    }
    mine = null;
  }

  public List<TokenView> getMine() {
    if (mine == null) {
      mine = tokens.mine();
    }
    return mine;
  }

  public String when(Instant instant) {
    return instant == null ? texts.get("tokens.never") : WHEN.format(instant);
  }

  /** The secret of a token created in this request; shown once, never stored in clear. */
  public IssuedToken getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}

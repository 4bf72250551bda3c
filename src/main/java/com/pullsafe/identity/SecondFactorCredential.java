package com.pullsafe.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code typed on the second sign-in page (authenticator code or recovery code), or on the set-up
 * page of a user who must set up an authenticator before signing in.
 */
public record SecondFactorCredential(String code) implements Credential {

  @Override
  public String toString() {
    return "SecondFactorCredential[code=…]";
  }
}

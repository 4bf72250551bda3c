package com.pullsafe.identity;

/** What a new account signs in with, for {@link AcceptablePassword}. */
public interface NewCredentials {

  String login();

  String password();
}

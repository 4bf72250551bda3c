package com.pullsafe.identity;

/** The outcome of a successful credential check: the login name and the role. */
public record SignedInUser(String email, Role role) {}

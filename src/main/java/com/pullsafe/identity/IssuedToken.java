package com.pullsafe.identity;

/** A token just created: the only time its secret {@code token} is ever shown. */
public record IssuedToken(long id, String name, String token) {}

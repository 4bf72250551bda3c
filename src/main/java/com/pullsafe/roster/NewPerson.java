package com.pullsafe.roster;

/** A new coach or athlete: their login and display name. */
public record NewPerson(String email, String displayName, String password) {}

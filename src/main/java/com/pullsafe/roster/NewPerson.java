package com.pullsafe.roster;

/** A new coach, athlete or tenant admin: their login and display name. */
public record NewPerson(String email, String displayName, String password) {}
